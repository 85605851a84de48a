import { useCallback } from 'react';
import type { Purpose } from '../api/hub';
import { useSignedIn } from '../app/SessionContext';
import { freshGrant, purposeFor } from './caseOpening';
import { useIntake } from './IntakeContext';

/**
 * The purpose of a read for the intake's case, with its grant renewed when it is about to
 * lapse; undefined when no case is open (the read is then refused, as it should be).
 */
export function useCasePurpose(): () => Promise<Purpose | undefined> {
  const { ask } = useSignedIn();
  const { state, dispatch } = useIntake();
  const opened = state.case;
  const matter = state.selection?.code;
  return useCallback(async () => {
    if (!opened) return undefined;
    const answer = await freshGrant(ask, opened.id, opened.grant);
    if (!answer.data) return undefined;
    if (answer.data !== opened.grant) dispatch({ type: 'grantRefreshed', grant: answer.data });
    return purposeFor(opened.id, answer.data, matter);
  }, [ask, dispatch, opened, matter]);
}
