import { createContext, useContext, type ReactNode } from 'react';
import type { Ask } from '../api/hub';
import type { Session } from '../api/session';

/** The signed-in caller and a way to ask the hub as them; only inside the signed-in workstation. */
export interface SignedIn {
  session: Session;
  ask: Ask;
  signOut(): void;
}

const SessionContext = createContext<SignedIn | null>(null);

export function SessionProvider({ value, children }: { value: SignedIn; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSignedIn(): SignedIn {
  const signedIn = useContext(SessionContext);
  if (!signedIn) throw new Error('useSignedIn outside SessionProvider');
  return signedIn;
}
