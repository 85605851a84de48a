import { matterCatalogue } from '@hub/sdk';
import { useEffect } from 'react';
import { useSignedIn } from '../app/SessionContext';
import { useIntake } from './IntakeContext';
import type { Catalogue } from './model';

/** The matter catalogue, read once per sign-in, for naming matters by code (SCJG-XK-002 → 食品经营许可). */
export function useCatalogue(): Catalogue | null {
  const { ask } = useSignedIn();
  const { state, dispatch } = useIntake();
  useEffect(() => {
    if (state.catalogue) return;
    void ask(matterCatalogue, {}).then((answer) => {
      if (answer.data) dispatch({ type: 'catalogueLoaded', catalogue: answer.data });
    });
  }, [ask, dispatch, state.catalogue]);
  return state.catalogue;
}
