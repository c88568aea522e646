/**
 * The modules of Havn, in menu order. The one list both the main menu and the router are built
 * from: a module's name is the i18n key `modules.<id>`, its description `descriptions.<id>`.
 */
export const modules = [
  { id: 'home', path: '/' },
  { id: 'contacts', path: '/contacts' },
  { id: 'people', path: '/people' },
  { id: 'intake', path: '/intake' },
  { id: 'stays', path: '/stays' },
  { id: 'capacity', path: '/capacity' },
  { id: 'departures', path: '/departures' },
  { id: 'municipalities', path: '/municipalities' },
  { id: 'billing', path: '/billing' },
  { id: 'statistics', path: '/statistics' },
  { id: 'staff', path: '/staff' },
  { id: 'quality', path: '/quality' },
  { id: 'audit', path: '/audit' },
] as const satisfies readonly { id: string; path: `/${string}` }[];

export type ModuleId = (typeof modules)[number]['id'];

/** Every module except the start page, which has its own page rather than a description. */
export type FeatureModuleId = Exclude<ModuleId, 'home'>;

/** The i18n key of a module's name. */
export const moduleNameKey = <Id extends ModuleId>(id: Id) => `modules.${id}` as const;

/** The i18n key of a module's one-sentence description. */
export const moduleDescriptionKey = <Id extends FeatureModuleId>(id: Id) =>
  `descriptions.${id}` as const;
