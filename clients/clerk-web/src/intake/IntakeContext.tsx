import { createContext, useContext, useReducer, type Dispatch, type ReactNode } from 'react';
import { EMPTY_INTAKE, intakeReducer, type IntakeAction } from './intakeState';
import type { IntakeState } from './model';

/** The intake in progress at this window, shared by the four intake screens. */
const IntakeContext = createContext<{ state: IntakeState; dispatch: Dispatch<IntakeAction> } | null>(null);

export function IntakeProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(intakeReducer, EMPTY_INTAKE);
  return <IntakeContext.Provider value={{ state, dispatch }}>{children}</IntakeContext.Provider>;
}

export function useIntake(): { state: IntakeState; dispatch: Dispatch<IntakeAction> } {
  const intake = useContext(IntakeContext);
  if (!intake) throw new Error('useIntake outside IntakeProvider');
  return intake;
}
