import {
  AssessmentCheck,
  AssessmentStatus,
  type KinshipAssessment,
  KinshipAssessment as KinshipAssessmentSchema,
  temporaryApprovalEnds,
} from "@childrens-social-care/kinship";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, type FieldError, useForm } from "react-hook-form";

// An empty input means "not given": the schema's optional fields want the key absent, not "".
const optional = { setValueAs: (v: string) => (v === "" ? undefined : v) };

const TYPES = [
  { value: "viability", label: "Viability assessment" },
  { value: "connected-person", label: "Connected person assessment (Form C)" },
  { value: "special-guardianship-report", label: "Special guardianship report" },
] as const;

function ErrorText({ id, error }: { id: string; error?: FieldError | undefined }) {
  if (!error) return null;
  return (
    <p className="error" id={`${id}-error`} role="alert">
      {error.message}
    </p>
  );
}

/** A first error found anywhere under a path (array fields report at an index). */
function firstError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("message" in error && typeof (error as FieldError).message === "string") return error as FieldError;
  for (const value of Object.values(error)) {
    const found = firstError(value);
    if (found) return found;
  }
  return undefined;
}

export function AssessmentForm() {
  const [saved, setSaved] = useState<KinshipAssessment | undefined>();
  const {
    register,
    handleSubmit,
    watch,
    control,
    formState: { errors, isSubmitted },
  } = useForm<KinshipAssessment>({
    resolver: zodResolver(KinshipAssessmentSchema),
    shouldUnregister: true,
    defaultValues: { type: "connected-person", status: "in-progress", checks: [] },
  });
  const type = watch("type");
  const e = errors as Record<string, unknown>;
  const field = (name: string) => {
    const error = firstError(e[name]);
    return {
      id: name,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${name}-error` : undefined,
    };
  };

  const approvalEnd =
    saved?.type === "connected-person" && saved.temporaryApprovalOn
      ? temporaryApprovalEnds(saved.temporaryApprovalOn)
      : undefined;

  return (
    <main>
      <h1>Record a kinship assessment</h1>
      <form noValidate onSubmit={handleSubmit((value) => setSaved(value))}>
        <label htmlFor="type">Kind of assessment</label>
        <select {...register("type")} {...field("type")}>
          {TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>

        <label htmlFor="id">Assessment reference</label>
        <input {...register("id")} {...field("id")} />
        <ErrorText id="id" error={firstError(e["id"])} />

        <label htmlFor="childIds">Child's ID in your case system</label>
        <input {...register("childIds.0")} {...field("childIds")} />
        <ErrorText id="childIds" error={firstError(e["childIds"])} />

        <label htmlFor="applicantIds">Applicant's ID in your case system</label>
        <input {...register("applicantIds.0")} {...field("applicantIds")} />
        <ErrorText id="applicantIds" error={firstError(e["applicantIds"])} />

        <label htmlFor="localAuthority">Local authority number (optional, e.g. 873)</label>
        <input inputMode="numeric" {...register("localAuthority", optional)} {...field("localAuthority")} />
        <ErrorText id="localAuthority" error={firstError(e["localAuthority"])} />

        <label htmlFor="status">Status</label>
        <select {...register("status")} {...field("status")}>
          {AssessmentStatus.options.map((s) => (
            <option key={s} value={s}>
              {s.replace("-", " ")}
            </option>
          ))}
        </select>

        <label htmlFor="requestedOn">Date requested</label>
        <input type="date" {...register("requestedOn", optional)} {...field("requestedOn")} />
        <ErrorText id="requestedOn" error={firstError(e["requestedOn"])} />

        <label htmlFor="startedOn">Date started (optional)</label>
        <input type="date" {...register("startedOn", optional)} {...field("startedOn")} />
        <ErrorText id="startedOn" error={firstError(e["startedOn"])} />

        {type === "connected-person" && (
          <>
            <label htmlFor="temporaryApprovalOn">
              Temporary approval under regulation 24 given on (optional)
            </label>
            <input
              type="date"
              {...register("temporaryApprovalOn", optional)}
              {...field("temporaryApprovalOn")}
            />
            <ErrorText id="temporaryApprovalOn" error={firstError(e["temporaryApprovalOn"])} />
          </>
        )}

        {type === "viability" && (
          <>
            <label htmlFor="outcome">Outcome (optional)</label>
            <select {...register("outcome", optional)} {...field("outcome")}>
              <option value="">Not yet known</option>
              <option value="realistic-option-proceed-to-full">
                A realistic option: go on to a full assessment
              </option>
              <option value="not-realistic-option">Not a realistic option</option>
            </select>
          </>
        )}

        <fieldset>
          <legend>Checks done</legend>
          <Controller
            control={control}
            name="checks"
            render={({ field: checks }) => (
              <>
                {AssessmentCheck.options.map((code) => {
                  const done = (checks.value ?? []).some((c) => c.check === code);
                  return (
                    <label key={code} className="check">
                      <input
                        type="checkbox"
                        name={`check-${code}`}
                        checked={done}
                        onChange={(event) =>
                          checks.onChange(
                            event.target.checked
                              ? [...(checks.value ?? []), { check: code, status: "done" }]
                              : (checks.value ?? []).filter((c) => c.check !== code),
                          )
                        }
                      />
                      {AssessmentCheck.labelOf(code)}
                    </label>
                  );
                })}
              </>
            )}
          />
        </fieldset>

        {isSubmitted && Object.keys(errors).length > 0 && (
          <p className="error summary" role="alert">
            Some answers need attention: {Object.keys(errors).join(", ")}.
          </p>
        )}
        <button type="submit">Record assessment</button>
      </form>

      {saved && (
        <section aria-live="polite" className="saved">
          <h2>Assessment recorded</h2>
          {approvalEnd?.ok && approvalEnd.endsOn && (
            <p id="approval-end">
              Temporary approval ends on <strong>{approvalEnd.endsOn}</strong> (16 weeks; Care Planning,
              Placement and Case Review (England) Regulations 2010, regulation 25).
            </p>
          )}
          <pre id="record">{JSON.stringify(saved, null, 2)}</pre>
        </section>
      )}
    </main>
  );
}
