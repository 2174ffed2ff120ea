// Request logging without personal data: the route pattern (`/children/:childId`), never the path
// with a child's identifier in it, never a body or a query string.
export interface LogLine {
  readonly time: string;
  /** The request's random id: the `instance` of its problem and the audit row's `request_id`. */
  readonly requestId: string;
  readonly method: string;
  readonly route: string;
  readonly status: number;
  readonly ms: number;
}

export type Logger = (line: LogLine) => void;

export const jsonLogger: Logger = (line) => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
