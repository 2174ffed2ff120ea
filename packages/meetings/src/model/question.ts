import * as z from "zod";
import { codeList } from "./code-list";
import { Participant } from "./participant";
import { Span } from "./span";

/** Who asked (meetings reference §4.2 `QuestionKind`). */
export const QuestionKind = codeList(
  {
    member: "Member's question",
    "co-optee": "Co-optee's question",
    "young-person": "Young person's question",
    public: "Public question",
    written: "Written question",
    supplementary: "Supplementary question",
  },
  {
    id: "meetings.QuestionKind",
    title: "Question kind",
    description: "Who asked a question, or how.",
    source: "Meetings reference §4.2 QuestionKind",
  },
);
export type QuestionKind = z.infer<typeof QuestionKind>;

/** The answer to a question, as minuted. */
export const Answer = z
  .object({ text: z.string().min(1), by: Participant.optional(), span: Span })
  .meta({ id: "meetings.Answer", title: "Answer", description: "The answer given to a question." });
export type Answer = z.infer<typeof Answer>;

/**
 * A question raised at the meeting and the answer, when the minutes give one ("In response to a query
 * about ..., it was explained that ..."; Akoma Ntoso `question`/`answer`; Popolo Speech type question).
 */
export const Question = z
  .object({
    kind: QuestionKind.optional(),
    text: z.string().min(1),
    asker: Participant.optional(),
    answer: Answer.optional(),
    span: Span,
  })
  .meta({ id: "meetings.Question", title: "Question", description: "A question and its answer." });
export type Question = z.infer<typeof Question>;
