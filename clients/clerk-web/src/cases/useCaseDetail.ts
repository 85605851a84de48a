import { caseDetail } from '@hub/sdk';
import { useCallback, useEffect, useState } from 'react';
import type { Answer } from '../api/hub';
import type { Problem } from '../api/problems';
import { useSignedIn } from '../app/SessionContext';
import type { CaseDetail } from '../intake/model';

/** One case as the hub holds it now; a step taken on it replaces it with what the step returned. */
export function useCaseDetail(id: string | null): { detail: CaseDetail | null; problems: Problem[]; loading: boolean; replace(c: CaseDetail): void; take<T>(step: Promise<Answer<T>>, result: (data: T) => CaseDetail): Promise<Problem[] | null> } {
  const { ask } = useSignedIn();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let current = true;
    setLoading(true);
    if (!id) {
      setLoading(false);
      return;
    }
    void ask(caseDetail, { id }).then((answer) => {
      if (!current) return;
      setDetail(answer.data?.case ?? null);
      setProblems(answer.problems);
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [ask, id]);
  const take = useCallback(async <T,>(step: Promise<Answer<T>>, result: (data: T) => CaseDetail) => {
    const answer = await step;
    if (!answer.data) return answer.problems;
    setDetail(result(answer.data));
    return null;
  }, []);
  return { detail, problems, loading, replace: setDetail, take };
}
