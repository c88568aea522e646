import { Link, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

export interface CaseColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  className?: string;
}

/**
 * A list of cases as a table that scrolls sideways on its own on a narrow screen: each row headed
 * by the person's name, a link to the case, then the module's columns.
 */
export function CaseTable<Row extends { id: string; person: { displayName: string } }>({
  label,
  caption,
  personHeader,
  href,
  columns,
  rows,
}: {
  label: string;
  caption: string;
  personHeader: string;
  href: (row: Row) => string;
  columns: CaseColumn<Row>[];
  rows: readonly Row[];
}) {
  return (
    <div className="havn-ds-scroll" role="region" aria-label={label} tabIndex={0}>
      <Table data-size="sm" zebra className="havn-ds-table">
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{personHeader}</Table.HeaderCell>
            {columns.map((column) => (
              <Table.HeaderCell key={column.header}>{column.header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={href(row)}>{row.person.displayName}</RouterLink>
                </Link>
              </Table.HeaderCell>
              {columns.map((column) => (
                <Table.Cell
                  key={column.header}
                  {...(column.className ? { className: column.className } : {})}
                >
                  {column.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
