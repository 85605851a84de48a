/**
 * What the soak runner and its load process tell each other (over the fork's IPC channel):
 * the plan going in, the ledger of acknowledged submissions coming out. Plain JSON, so the
 * two processes share nothing but these shapes.
 */
export type Subject = { idNumber: string } | { creditCode: string };
export type Target = { matterCode: string } | { bundleCode: string };

/** One thing a window may be asked to do: this applicant, this matter or life-event bundle (一件事). */
export interface Application {
  subject: Subject;
  target: Target;
}

export interface LoadPlan {
  /** The gateway's base URL (loopback), without /graphql. */
  gatewayBase: string;
  durationMs: number;
  /** Reads per second, held steady by autocannon. */
  readRate: number;
  /** Submissions started per second (each is three to six requests). */
  submissionRate: number;
  /** Submissions in flight at most; an arrival beyond it is skipped and counted (bounded load). */
  maxInFlight: number;
  /** Applicants and what they apply for; submissions cycle through them. */
  applications: Application[];
  /** Applicants whose forms clerks prefill under a case left open (the read part). */
  readApplications: Application[];
  /** The window clerks' demo accounts; submissions alternate between them (全域通办). */
  clerks: string[];
  /** The citizens' demo accounts, each reading their own data. */
  citizens: string[];
  /** Seeds the choice of client behaviour, so a run can be repeated. */
  seed: number;
  /** Prefix of every idempotency key of this run. */
  runId: string;
  /** How often the load process prints its progress. */
  progressEveryMs: number;
}

/** How a submitting client behaves; every one but `plain` could double a case if intake let it. */
export type Behaviour = 'plain' | 'timeoutRetry' | 'resend' | 'doubleClick';

/** One submission as the client saw it: its keys and, once acknowledged, the case it was told of. */
export interface SubmissionRecord {
  clerk: string;
  openKey: string;
  acceptKey: string;
  behaviour: Behaviour;
  /** Requests the client sent for it, retries and re-sends included. */
  requests: number;
  /** Requests the client gave up waiting for on purpose (timeoutRetry) and sent again. */
  abandoned: number;
  /** The case openCase answered with. */
  caseId?: string;
  /** What acceptCase answered with: the submission is acknowledged when there is a number. */
  acknowledged?: { caseId: string; number: string; status: string };
  /** Answers that disagreed with an earlier answer to the same key (a second case). */
  contradictions: string[];
  errors: string[];
}

export interface ReadSummary {
  requests: number;
  non2xx: number;
  /** 200 answers that carried GraphQL errors. */
  graphqlErrors: number;
  transportErrors: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  /** A few of the errors, for the report. */
  samples: string[];
}

export interface LoadReport {
  submissions: SubmissionRecord[];
  /** Arrivals skipped because maxInFlight submissions were still running. */
  skipped: number;
  reads: ReadSummary;
  /** The cases opened (and left open) for the read part: not submissions, never accepted. */
  readCaseIds: string[];
}

/** Messages from the load process to the runner. */
export type LoadMessage =
  | { kind: 'started'; at: number }
  | { kind: 'ended'; at: number }
  | { kind: 'report'; report: LoadReport }
  | { kind: 'failed'; error: string };
