import type { ValidationIssue } from "@childrens-social-care/core";
import type { Action } from "../model/action";
import type { AgendaItem, SubjectTag } from "../model/agenda-item";
import type { Decision, DecisionClause } from "../model/decision";
import type { DiscussionKind, DiscussionPoint } from "../model/discussion";
import type { DocumentRelation, SupportingDocument } from "../model/document";
import type { Motion, VoteEvent } from "../model/motion";
import type { MinuteParagraph } from "../model/paragraph";
import type { Participant } from "../model/participant";
import type { Question } from "../model/question";
import type { Span } from "../model/span";
import { actionMarkerIn, clauseOwner, isTaskClause, undertakingIn } from "./actions";
import { isChrome, isMinutesHeading, minutesPrefixLength } from "./chrome";
import { inTableOrder, itemKind } from "./classify-item";
import { clauseKind } from "./clause-kind";
import { type MarkerMatch, matchDecisionMarker } from "./decision-marker";
import { documentIn, documentKind, documentSection, type FoundDocument } from "./documents";
import { dueOf } from "./due";
import {
  CLAUSE_OPENERS,
  countsResult,
  endsWithSize,
  isHeading,
  isLeadIn,
  isSentence,
  isUpperCaseVerbClause,
  listKind,
  lowerOf,
  UNLABELLED_VERBS,
} from "./line-kinds";
import { scanLine } from "./line-scan";
import { type Label, shapeLine } from "./line-shape";
import { linesOf, normaliseMinutes, type SourceLine } from "./normalise";
import { noteIn } from "./notes";
import { addParticipant, ParticipantList } from "./people";
import { answerLine, questionIn } from "./questions";
import { readHeader } from "./read-header";
import { speakersIn } from "./speakers";
import { motionResultIn, voteCountsIn } from "./votes";

/** Options for {@link parseMinutes}. */
export interface ParseMinutesOptions {
  /** A file name to put in each issue's location. */
  readonly file?: string;
}

/** What {@link parseMinutes} returns. */
export interface ParseMinutesResult {
  /** The agenda item read from the minutes; always valid against the `AgendaItem` schema. */
  readonly item: AgendaItem;
  /** What the parser could not place, or found odd; never personal values. */
  readonly issues: ValidationIssue[];
  /** The whitespace-normalised text that every span and text refers to. */
  readonly text: string;
}

interface OpenDecision {
  marker?: string;
  markerKind: Decision["markerKind"];
  kind: Decision["kind"];
  unanimous: boolean;
  preamble?: string;
  clauses: DecisionClause[];
  start: number;
  end: number;
  line: number;
}

/**
 * Parses the plain text of one agenda item's published minutes (a ModernGov "Agenda item" page as
 * text, or the item cut from a minutes document) into an `AgendaItem`: title and purpose, presenters
 * and participants, paragraphs and discussion, questions and answers, decisions with their clauses,
 * actions with owner and due, clerk's and procedural notes, and supporting documents.
 *
 * Works line by line in one pass, in time linear in the input. Every text it returns is a substring of
 * the whitespace-normalised input (returned as `text`), and every element carries its span in that text.
 * It never throws: anything it cannot place is reported in `issues`.
 */
export function parseMinutes(text: string, options: ParseMinutesOptions = {}): ParseMinutesResult {
  try {
    return parse(text, options);
  } catch {
    // Defence in depth: a parser bug must not throw into the caller. The tests assert this never happens.
    return {
      item: emptyItem(),
      issues: [
        {
          rule: "meetings/internal-error",
          severity: "error",
          message: "The minutes could not be parsed because of an internal error in the parser.",
          path: [],
        },
      ],
      text: "",
    };
  }
}

function emptyItem(): AgendaItem {
  return {
    title: "",
    kind: "other",
    subjects: [],
    presenters: [],
    participants: [],
    paragraphs: [],
    discussion: [],
    questions: [],
    decisions: [],
    motions: [],
    actions: [],
    notes: [],
    documents: [],
  };
}

function parse(input: string, options: ParseMinutesOptions): ParseMinutesResult {
  const issues: ValidationIssue[] = [];
  const issue = (
    rule: string,
    severity: ValidationIssue["severity"],
    message: string,
    path: (string | number)[],
    line?: number,
  ) => {
    const location = {
      ...(options.file ? { file: options.file } : {}),
      ...(line !== undefined ? { line: line + 1 } : {}),
    };
    issues.push({
      rule: `meetings/${rule}`,
      severity,
      message,
      path,
      ...(Object.keys(location).length ? { location } : {}),
    });
  };
  if (typeof input !== "string") {
    issue("not-text", "error", "The minutes must be given as text.", []);
    return { item: emptyItem(), issues, text: "" };
  }
  const normalised = normaliseMinutes(input);
  const lines = linesOf(normalised);
  const item = emptyItem();
  const span = (start: number, end: number): Span => ({ start, end });
  if (!lines.length) {
    issue("empty", "warning", "The minutes text is empty.", []);
    return { item, issues, text: normalised };
  }
  item.span = span(0, normalised.length);

  const presenterIndex = new ParticipantList(item.presenters);
  const participantIndex = new ParticipantList(item.participants);
  const header = readHeader(lines, item, presenterIndex, participantIndex);
  const { skip, titleLine } = header;
  if (!titleLine) issue("no-title", "warning", "No title was found before the minutes.", ["title"]);

  const subjects = new Set<SubjectTag>();
  for (const i of skip) for (const tag of scanLine(lowerOf(lines[i]!.text)).subjects) subjects.add(tag);

  // State while walking the lines.
  let decision: OpenDecision | undefined;
  let docs: { relation: DocumentRelation; count: number; line: number } | undefined;
  let listContext: DiscussionKind | undefined;
  // A bullet that ends with ":" introduces sub-bullets only ("... should address:" then "o Price capping").
  let subListContext: DiscussionKind | undefined;
  let responses: { question: number; speaker?: Participant } | undefined;
  let pendingAnswer: number | undefined;
  let pendingLabel: Label | undefined;
  let lastParagraph: { start: number; end: number } | undefined;
  // Starts of spans already made explicit actions, so a clause with "ACTION – name" after it is one action.
  const explicit = new Set<number>();
  // Clauses that ran onto further lines.
  const wrapped = new Set<DecisionClause>();

  const addAction = (action: Omit<Action, "status">) =>
    item.actions.push({ ...action, status: "open" } as Action);

  const addClause = (d: OpenDecision, start: number, end: number, label: Label | undefined) => {
    while (end > start && normalised[end - 1] === " ") end--;
    if (end <= start) return;
    const text = normalised.slice(start, end);
    const clause: DecisionClause = {
      order: d.clauses.length + 1,
      text,
      kind: clauseKind(text, d.kind),
      span: span(start, end),
    };
    if (label) clause.label = label.value;
    d.clauses.push(clause);
    d.end = Math.max(d.end, end);
    lastParagraph = { start, end }; // an "ACTION – name" line after a clause gives that clause an owner
  };

  const endDecision = () => {
    const d = decision;
    decision = undefined;
    if (!d) return;
    for (const c of d.clauses) if (wrapped.has(c)) c.kind = clauseKind(c.text, d.kind);
    wrapped.clear();
    const labels = d.clauses.map((c) => c.label);
    // A flattened HTML list whose items all say "1." is numbered by position (meetings reference §3.1, file 001).
    if (labels.length > 1 && labels.every((l) => l === "1")) {
      for (const c of d.clauses) c.label = String(c.order);
    }
    const index = item.decisions.length;
    const out: Decision = {
      markerKind: d.markerKind,
      kind: d.kind,
      overallKind:
        d.clauses[0]?.kind ??
        (d.kind === "recommendation"
          ? "recommended-to-other-body"
          : d.markerKind === "no-decision"
            ? "other"
            : "agreed"),
      clauses: d.clauses,
      span: span(d.start, d.end),
    };
    if (d.marker) out.marker = d.marker;
    if (d.preamble) out.preamble = d.preamble;
    if (d.unanimous) out.unanimous = true;
    item.decisions.push(out);
    if (!d.clauses.length && ["resolved", "agreed", "decision", "recommended"].includes(d.markerKind)) {
      issue(
        "decision-without-clauses",
        "warning",
        "A decision marker is not followed by any decision text.",
        ["decisions", index],
        d.line,
      );
    }
    if (d.kind === "recommendation") return; // advice to another decision maker is no one's task yet
    for (const c of d.clauses) {
      if (explicit.has(c.span.start) || !isTaskClause(c.text)) continue;
      const owner = clauseOwner(c.text);
      const due = dueOf(c.text);
      addAction({
        text: c.text,
        ...(owner ? { owner } : {}),
        ...(due ? { due } : {}),
        origin: "resolution-clause",
        fromDecision: { decision: index, clause: c.order },
        span: c.span,
      });
    }
  };

  const startDecision = (m: MarkerMatch, content: string, abs: number, line: SourceLine) => {
    endDecision();
    const d: OpenDecision = {
      markerKind: m.markerKind,
      kind: m.kind,
      unanimous: m.unanimous,
      clauses: [],
      start: abs,
      end: abs + m.marker.length,
      line: line.index,
    };
    if (m.marker) d.marker = m.marker;
    decision = d;
    let restAt = m.restAt;
    while (content[restAt] === " ") restAt++;
    const rest = content.slice(restAt);
    if (!rest || /^[.,;:\s-]*$/.test(rest)) return;
    if (splitInline(d, rest, abs + restAt)) return;
    if (isLeadIn(rest) && rest.length < 160) {
      d.preamble = rest;
      d.end = abs + restAt + rest.length;
      return;
    }
    const shaped = shapeLine({ index: line.index, text: rest, start: abs + restAt });
    addClause(d, abs + restAt + shaped.offset, abs + content.length, shaped.label);
  };

  // "That (1) the report be noted; and (2) ..." — clauses labelled inside one line (meetings reference §3.1, 010).
  const splitInline = (d: OpenDecision, rest: string, abs: number): boolean => {
    for (const series of [
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
      ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"],
      ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)"],
    ]) {
      const found: { label: string; at: number }[] = [];
      let from = 0;
      for (const label of series) {
        const at = rest.indexOf(`${label} `, from);
        if (at < 0 || (at > 0 && rest[at - 1] !== " ")) break;
        found.push({ label, at });
        from = at + label.length;
      }
      if (found.length < 2) continue;
      const lead = rest.slice(0, found[0]!.at).trim();
      if (lead) d.preamble = lead;
      found.forEach((f, k) => {
        const start = f.at + f.label.length + 1;
        let end = k + 1 < found.length ? found[k + 1]!.at : rest.length;
        let piece = rest.slice(start, end).trimEnd();
        for (const tail of ["; and", ";and", ", and", ";", ","]) {
          if (piece.endsWith(tail)) {
            piece = piece.slice(0, -tail.length).trimEnd();
            break;
          }
        }
        end = start + piece.length;
        addClause(d, abs + start, abs + end, { value: f.label.slice(1, -1), style: "number" });
      });
      return true;
    }
    return false;
  };

  const addDocument = (found: FoundDocument, content: string, abs: number, relation: DocumentRelation) => {
    const title = content.slice(found.title[0], found.title[1]);
    const doc: SupportingDocument = {
      title,
      kind: documentKind(title),
      relation,
      span: span(abs, abs + content.length),
    };
    if (found.format) doc.format = found.format;
    if (found.size) {
      doc.size = {
        value: found.size.value,
        unit: found.size.unit,
        bytes: found.size.bytes,
        display: content.slice(found.size.display[0], found.size.display[1]),
      };
    }
    if (found.agendaItemRef)
      doc.agendaItemRef = content.slice(found.agendaItemRef[0], found.agendaItemRef[1]);
    item.documents.push(doc);
  };

  const endDocs = () => {
    if (docs && docs.count === 0) {
      issue(
        "empty-document-section",
        "query",
        "A documents heading lists no documents.",
        ["documents"],
        docs.line,
      );
    }
    docs = undefined;
  };

  if (header.titleDocument) {
    const t = header.titleDocument;
    addDocument(t.found, t.content, t.abs, "supporting");
  }

  for (const line of lines) {
    if (skip.has(line.index)) continue;
    const lineLower = lowerOf(line.text);
    if (isChrome(lineLower)) {
      // "Agenda item" / "Minutes:" start a new page or item: whatever list was open has ended.
      if (lineLower.startsWith("agenda") || isMinutesHeading(lineLower)) {
        endDecision();
        endDocs();
        listContext = undefined;
        subListContext = undefined;
        responses = undefined;
      }
      continue;
    }
    const shaped = shapeLine(line);
    let offset = shaped.offset;
    let content = shaped.content;
    const prefix = minutesPrefixLength(content);
    if (prefix) {
      content = content.slice(prefix);
      offset += prefix;
    }
    if (!content) {
      if (shaped.label && !shaped.bullet) pendingLabel = shaped.label; // "1." alone, its text on the next line
      continue;
    }
    const label = shaped.label ?? pendingLabel;
    pendingLabel = undefined;
    const lower = lineLower.slice(offset);
    const abs = line.start + offset;
    const scan = scanLine(lower);
    for (const tag of scan.subjects) subjects.add(tag);
    const end = abs + content.length;

    const section = documentSection(lower);
    if (section) {
      endDecision();
      endDocs();
      docs = { relation: section.relation, count: 0, line: line.index };
      const rest = content.slice(section.restAt);
      const found = rest ? documentIn(rest, true) : undefined;
      if (found) {
        addDocument(found, rest, abs + section.restAt, section.relation);
        docs.count++;
      }
      continue;
    }

    const marker = matchDecisionMarker(content, lower);
    if (marker) {
      endDocs();
      listContext = undefined;
      responses = undefined;
      startDecision(marker, content, abs, line);
      continue;
    }

    const note = noteIn(content, lower, scan);
    if (note) {
      const index = item.notes.length;
      const [a, b] = note.text;
      item.notes.push({
        kind: note.kind,
        text: content.slice(a, b),
        ...(note.participant ? { participant: note.participant } : {}),
        ...(note.at ? { at: note.at } : {}),
        span: span(abs + a, abs + b),
      });
      if (note.participant) addParticipant(participantIndex, note.participant);
      if (note.unclosed) {
        issue(
          "unclosed-note",
          "query",
          "A bracketed note has no closing bracket; it may have been cut short.",
          ["notes", index],
          line.index,
        );
      }
      continue;
    }

    const actionMarker = actionMarkerIn(content, lower);
    if (actionMarker) {
      const base = {
        ...(actionMarker.owner ? { owner: actionMarker.owner } : {}),
        origin: "explicit-marker" as const,
      };
      if (actionMarker.text) {
        const [a, b] = actionMarker.text;
        const text = content.slice(a, b);
        const due = dueOf(text);
        addAction({ ...base, text, ...(due ? { due } : {}), span: span(abs + a, abs + b) });
        if (a === 0) {
          item.paragraphs.push({
            kind: shaped.bullet ? "bullet" : "paragraph",
            text,
            span: span(abs, abs + b),
          });
          lastParagraph = { start: abs, end: abs + b };
        }
      } else if (lastParagraph) {
        explicit.add(lastParagraph.start);
        const text = normalised.slice(lastParagraph.start, lastParagraph.end);
        const due = dueOf(text);
        addAction({
          ...base,
          text,
          ...(due ? { due } : {}),
          span: span(lastParagraph.start, lastParagraph.end),
        });
      } else {
        issue(
          "action-without-text",
          "warning",
          "An ACTION marker has no text before it to attach to.",
          ["actions"],
          line.index,
        );
      }
      continue;
    }

    if (decision) {
      const d: OpenDecision = decision;
      const opens = CLAUSE_OPENERS.some((o) => lower.startsWith(o));
      if (label || shaped.bullet || opens || (d.clauses.length === 0 && !d.preamble)) {
        if (!label && !shaped.bullet && d.clauses.length === 0 && !d.preamble && isLeadIn(content)) {
          d.preamble = content;
          d.end = end;
        } else {
          addClause(d, abs, end, label);
        }
        continue;
      }
      if (d.clauses.length === 0 && d.preamble && !label) {
        addClause(d, abs, end, label);
        continue;
      }
      // A clause wrapped onto the next line (text copied out of a PDF): the line starts in lower case
      // and the clause before it has not ended. The clause then spans both lines, line break included.
      const previous = d.clauses[d.clauses.length - 1];
      const first = content[0] ?? "";
      if (
        previous &&
        first !== first.toUpperCase() &&
        !previous.text.endsWith(".") &&
        !previous.text.endsWith(";")
      ) {
        previous.text = normalised.slice(previous.span.start, end);
        previous.span = span(previous.span.start, end);
        wrapped.add(previous); // its kind is read again from the whole text when the decision ends
        d.end = end;
        lastParagraph = { start: previous.span.start, end };
        continue;
      }
      endDecision();
    }

    if (docs) {
      // Under a documents heading a bare title is a document too, but only a short, listing-like line:
      // a sentence or a long paragraph means the list has ended.
      const listing = endsWithSize(lower) || shaped.bullet || (content.length <= 150 && !isSentence(content));
      const found = listing ? documentIn(content, true) : undefined;
      if (found) {
        addDocument(found, content, abs, docs.relation);
        docs.count++;
        continue;
      }
      endDocs();
    }
    const listed = endsWithSize(lower) ? documentIn(content, false) : undefined;
    if (listed) {
      addDocument(listed, content, abs, "supporting");
      continue;
    }

    if (
      (content.startsWith("That ") && UNLABELLED_VERBS.some((v) => lower.includes(v))) ||
      (label && isUpperCaseVerbClause(content))
    ) {
      endDocs();
      const d: OpenDecision = {
        markerKind: "unlabelled",
        kind: "formal-resolution",
        unanimous: false,
        clauses: [],
        start: abs,
        end,
        line: line.index,
      };
      decision = d;
      addClause(d, abs, end, label);
      continue;
    }

    // Votes and motion results belong to the decision just made, or to a motion of their own.
    const counts = scan.against ? voteCountsIn(lower) : undefined;
    const motionResult = counts || !scan.vote ? undefined : motionResultIn(lower);
    if (counts || motionResult) {
      const last = item.decisions[item.decisions.length - 1];
      if (counts) {
        const vote: VoteEvent = {
          method: "recorded",
          result: countsResult(counts),
          counts,
          span: span(abs, end),
        };
        if (last && !last.voteEvents?.length) last.voteEvents = [vote];
        else {
          const motion: Motion = { classification: "substantive", result: vote.result, span: span(abs, end) };
          item.motions.push(motion);
        }
      } else if (motionResult) {
        const motion: Motion = {
          classification: motionResult.amendment ? "amendment" : "substantive",
          result: motionResult.result,
          span: span(abs, end),
        };
        if (last && !motionResult.amendment && !last.motion && lower.startsWith("resolution status"))
          last.motion = motion;
        else item.motions.push(motion);
      }
    }

    // Narrative.
    const heading = isHeading(shaped, content);
    const paragraph: MinuteParagraph = {
      kind: heading
        ? "heading"
        : shaped.bullet === 2
          ? "sub-bullet"
          : shaped.bullet
            ? "bullet"
            : label
              ? "numbered"
              : "paragraph",
      text: content,
      span: span(abs, end),
    };
    if (label) paragraph.number = label.value;
    item.paragraphs.push(paragraph);
    lastParagraph = { start: abs, end };
    if (heading) continue;

    const speakers = speakersIn(content, lower, abs, scan);
    if (speakers) {
      for (const p of speakers.people) {
        if (speakers.presenting) addParticipant(presenterIndex, p.participant);
        addParticipant(participantIndex, p.participant);
      }
    }

    const found = questionIn(content, lower, scan);
    let discussionKind: DiscussionKind = "narrative";
    let questionIndex: number | undefined;
    if (found) {
      questionIndex = item.questions.length;
      const [qa, qb] = found.text;
      const question: Question = { text: content.slice(qa, qb), span: span(abs + qa, abs + qb) };
      if (found.asker) question.asker = found.asker;
      if (found.answer) {
        const [aa, ab] = found.answer.text;
        question.answer = {
          text: content.slice(aa, ab),
          ...(found.answer.by ? { by: found.answer.by } : {}),
          span: span(abs + aa, abs + ab),
        };
        if (found.answer.by) addParticipant(participantIndex, found.answer.by);
      }
      if (question.text) item.questions.push(question);
      else questionIndex = undefined;
      if (found.responder) addParticipant(participantIndex, found.responder);
      if (found.introducesResponses && questionIndex !== undefined) {
        responses = { question: questionIndex, ...(found.responder ? { speaker: found.responder } : {}) };
      }
      pendingAnswer = found.answer || found.introducesResponses ? undefined : questionIndex;
      discussionKind = found.answer ? "response" : "query";
    } else if (pendingAnswer !== undefined) {
      const answered = answerLine(content);
      const q = item.questions[pendingAnswer];
      if (answered && q) {
        q.answer = { text: content, ...(answered.by ? { by: answered.by } : {}), span: span(abs, end) };
        if (answered.by) addParticipant(participantIndex, answered.by);
        discussionKind = "response";
      }
      pendingAnswer = undefined;
    }

    const undertaking = undertakingIn(content, lower, scan);
    if (undertaking) {
      const [a, b] = undertaking.sentence;
      const text = content.slice(a, b);
      const due = dueOf(text);
      if (text) {
        addAction({
          text,
          ...(undertaking.owner ? { owner: undertaking.owner } : {}),
          ...(due ? { due } : {}),
          origin: undertaking.origin,
          span: span(abs + a, abs + b),
        });
      }
    }

    const point: DiscussionPoint = { kind: discussionKind, text: content, span: span(abs, end) };
    if (!found && shaped.bullet && responses) {
      point.kind = "response";
      point.respondsTo = responses.question;
      if (responses.speaker) point.speaker = responses.speaker;
    } else if (!found && shaped.bullet === 2 && subListContext) {
      point.kind = subListContext;
    } else if (!found && shaped.bullet && listContext) {
      point.kind = listContext;
    } else if (!found && speakers?.presenting) {
      point.kind = "summary";
    }
    if (speakers?.people.length === 1 && !point.speaker) point.speaker = speakers.people[0]!.participant;
    item.discussion.push(point);

    if ((content.endsWith(":") || content.endsWith(":-")) && shaped.bullet) {
      subListContext = listKind(lower);
    } else if (content.endsWith(":") || content.endsWith(":-")) {
      listContext = listKind(lower);
      subListContext = undefined;
    } else if (shaped.bullet === 1) {
      subListContext = undefined;
    } else if (!shaped.bullet && !found?.introducesResponses) {
      listContext = undefined;
      responses = undefined;
    }
  }
  endDecision();
  endDocs();

  // The agenda item number, when only the document listings give it ("item 7.3").
  if (!item.number && item.documents.length) {
    const refs = new Set(item.documents.map((d) => d.agendaItemRef));
    const only = [...refs][0];
    if (refs.size === 1 && only) item.number = only.slice(5);
  }
  item.kind = itemKind(item.title, item.purpose);
  item.subjects = inTableOrder(subjects);
  const answered = new Set(item.discussion.map((p) => p.respondsTo));
  item.questions.forEach((q, index) => {
    if (!q.answer && !answered.has(index)) {
      issue("question-without-answer", "query", "A question is recorded without an answer.", [
        "questions",
        index,
      ]);
    }
  });
  return { item, issues, text: normalised };
}
