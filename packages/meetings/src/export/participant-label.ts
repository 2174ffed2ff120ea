import type { Participant } from "../model/participant";

/** How a participant is shown where a standard needs one string: the name, else the role. */
export function participantLabel(p: Participant): string {
  return p.name ?? p.role ?? "Unnamed participant";
}
