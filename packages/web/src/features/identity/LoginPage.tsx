import { Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { logOut, refreshMe, useMe } from '../../auth/me.ts';
import { returnPath } from '../../auth/return-path.ts';
import { CodeStep } from './CodeStep.tsx';
import { EnrolmentStep } from './EnrolmentStep.tsx';
import { PasswordStep } from './PasswordStep.tsx';
import { RecoveryCodesStep } from './RecoveryCodesStep.tsx';

/**
 * /login: every step of logging in, chosen by what the server says about the session — password,
 * then the code from the app (or setting the app up, then the recovery codes). Once logged in,
 * back to the page the user was going to.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  // A session that ends between the steps (it waited too long) is explained on the password step.
  const [expired, setExpired] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [seenState, setSeenState] = useState(me.data?.state);
  if (me.data !== undefined && me.data.state !== seenState) {
    setExpired(seenState === 'second_factor' && me.data.state === 'anonymous' && !cancelling);
    setCancelling(false);
    setSeenState(me.data.state);
  }

  const cancel = async () => {
    setCancelling(true);
    try {
      await logOut();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      await refreshMe();
    }
    // The cache was cleared: a navigation makes this page read it afresh.
    void navigate('/login', { replace: true, state: location.state as unknown });
  };

  // Shown once, whatever `me` says meanwhile (the session is already logged in by now).
  if (recoveryCodes) {
    return (
      <RecoveryCodesStep
        codes={recoveryCodes}
        onContinue={async () => {
          await refreshMe();
          setRecoveryCodes(null);
        }}
      />
    );
  }
  if (me.data === undefined) {
    return me.isError ? (
      <PasswordStep notice={null} />
    ) : (
      <Spinner aria-label={t('auth.checking')} data-size="lg" />
    );
  }
  switch (me.data.state) {
    case 'authenticated':
      return <Navigate to={returnPath(location.state)} replace />;
    case 'second_factor':
      return me.data.enrolled ? (
        <CodeStep onCancel={() => void cancel()} />
      ) : (
        <EnrolmentStep onEnrolled={setRecoveryCodes} onCancel={() => void cancel()} />
      );
    default:
      return <PasswordStep notice={expired ? t('login.errors.expired') : null} />;
  }
}
