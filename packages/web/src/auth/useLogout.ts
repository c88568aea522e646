import { useState } from 'react';
import { useNavigate } from 'react-router';
import { logOut } from './me.ts';

/**
 * Logging out, from this device or every device: the server ends the session(s), the tab forgets
 * everything it knew (the react-query cache is cleared, so this is not a mutation in it), and the
 * login page shows. If the server cannot be reached, nothing is forgotten and `failed` says so:
 * the session is still alive.
 */
export function useLogout() {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const logout = async (everywhere = false) => {
    setPending(true);
    setFailed(false);
    try {
      await logOut(everywhere);
      void navigate('/login', { replace: true, state: null });
    } catch {
      setFailed(true);
      setPending(false);
    }
  };
  return { logout, pending, failed };
}
