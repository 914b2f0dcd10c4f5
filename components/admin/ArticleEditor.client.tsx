"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, useTransition, type ReactNode, type Ref } from "react";
import { saveArticle, type SaveOutcome } from "@/app/admin/(newsroom)/articles/actions";
import { zonedLocal, zonedToIso } from "@/lib/format/wall-clock";
import { ARTICLE_TYPES } from "@/lib/newsroom/article-input";
import type { ArticleStatus, Transition } from "@/lib/newsroom/articles";
import type { EditorData } from "@/lib/newsroom/editor-data";
import type { BodyDocument } from "@/lib/richtext/document";
import { slugify } from "@/lib/urls";
import { RichTextEditor } from "./RichTextEditor.client";
import { missedScheduleText, StatusBadge } from "./StatusBadge";

// The article form (browser code: the rich text editor, ordered pickers and saving without losing
// what was typed). Every field is controlled state, so a refused save — invalid, forbidden, or a
// conflict with someone else's newer save — leaves the form exactly as the editor left it.

type ArticleType = (typeof ARTICLE_TYPES)[number];

interface FormValues {
  headline: string;
  standfirst: string;
  rubric: string;
  slug: string;
  sectionId: string;
  type: ArticleType;
  tagIds: number[];
  authorIds: number[];
  heroMediaId: number | null;
  heroCaption: string;
  heroCredit: string;
  body: BodyDocument;
  seoTitle: string;
  seoDescription: string;
  agencyCredit: string;
  dontMiss: boolean;
  excludeFromNews: boolean;
  /** Wall-clock time in the edition's time zone, as a datetime-local input holds it. */
  publishAt: string;
}

type FieldName = keyof FormValues | "form";

const TYPE_LABELS: Record<ArticleType, string> = {
  STORY: "Story",
  VIDEO: "Video",
  ANALYSIS: "Analysis",
  OPINION: "Opinion",
  LIVE: "Live",
};

function initialValues(data: EditorData): FormValues {
  const tz = data.options.edition.timeZone;
  const v = data.article?.values;
  return {
    headline: v?.headline ?? "",
    standfirst: v?.standfirst ?? "",
    rubric: v?.rubric ?? "",
    slug: v?.slug ?? "",
    sectionId: v ? String(v.sectionId) : "",
    type: v?.type ?? "STORY",
    tagIds: v?.tagIds ?? [],
    authorIds: v?.authorIds ?? data.defaultAuthorIds,
    heroMediaId: v?.heroMediaId ?? null,
    heroCaption: v?.heroCaption ?? "",
    heroCredit: v?.heroCredit ?? "",
    body: v?.body ?? { type: "doc", content: [] },
    seoTitle: v?.seoTitle ?? "",
    seoDescription: v?.seoDescription ?? "",
    agencyCredit: v?.agencyCredit ?? "",
    dontMiss: v?.dontMiss ?? false,
    excludeFromNews: v?.excludeFromNews ?? false,
    publishAt: v?.publishAt ? zonedLocal(new Date(v.publishAt), tz) : "",
  };
}

/** What the server action receives: the form as lib/newsroom/article-input.ts reads it. */
function payloadOf(values: FormValues, timeZone: string) {
  const publishAt = values.publishAt.trim();
  return {
    ...values,
    // An unreadable time goes as typed, so the server names the field in its answer.
    publishAt: publishAt ? (zonedToIso(publishAt, timeZone) ?? publishAt) : null,
  };
}

interface ArticleEditorProps {
  data: EditorData;
  /** A message to show on arrival (e.g. after a restore). */
  notice?: string;
}

export function ArticleEditor({ data, notice }: ArticleEditorProps) {
  const { options, permissions } = data;
  const timeZone = options.edition.timeZone;
  const uid = useId();
  const [values, setValues] = useState<FormValues>(() => initialValues(data));
  const [saved, setSaved] = useState<FormValues>(values);
  const [article, setArticle] = useState(() => ({
    id: data.article?.id ?? null,
    version: data.article?.version ?? 1,
    status: (data.article?.status ?? "DRAFT") as ArticleStatus,
    path: data.article?.path ?? null,
  }));
  const [slugTouched, setSlugTouched] = useState(
    () => data.article !== null && (data.article.path !== null || values.slug !== slugify(values.headline)),
  );
  const [withdrawReason, setWithdrawReason] = useState("");
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [info, setInfo] = useState<string | null>(notice ?? null);
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(saved), [values, saved]);
  const fieldErrors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const isNew = article.id === null;
  const isPublic = article.status === "PUBLISHED";
  const { canPublish, canEdit } = permissions;

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const setHeadline = (headline: string) =>
    setValues((current) => ({ ...current, headline, ...(slugTouched ? {} : { slug: slugify(headline) }) }));

  const errorId = (name: FieldName) => `${uid}-${name}-error`;
  const errorOf = (name: FieldName) => fieldErrors[name]?.filter(Boolean) ?? [];
  const describe = (name: FieldName, hint?: boolean) => {
    const ids = [hint ? `${uid}-${name}-hint` : "", errorOf(name).length ? errorId(name) : ""].filter(Boolean);
    return {
      id: `${uid}-${name}`,
      "aria-describedby": ids.length ? ids.join(" ") : undefined,
      "aria-invalid": errorOf(name).length ? true : undefined,
    };
  };

  async function submit(transition: Transition): Promise<SaveOutcome> {
    const sent = values;
    const result = await saveArticle({
      id: article.id,
      editionCode: options.edition.code,
      expectedVersion: article.version,
      transition,
      values: payloadOf(sent, timeZone),
      ...(transition === "withdraw" && withdrawReason.trim() ? { withdrawReason: withdrawReason.trim() } : {}),
    });
    if (result.ok && article.id === null) {
      // A new article has an editor of its own now.
      router.replace(`/admin/articles/${result.id}?done=${transition}`);
      return result;
    }
    if (!result.ok && result.id !== null && article.id === null) {
      // Created, but the transition asked for with it was refused: keep the form and what was typed.
      window.history.replaceState(null, "", `/admin/articles/${result.id}`);
    }
    if (result.ok) {
      setArticle({ id: result.id, version: result.version, status: result.status, path: result.path });
      setSaved(sent);
      if (result.path) setSlugTouched(true);
    } else if (result.id !== null && result.version !== null && result.status !== null) {
      setArticle((current) => ({ ...current, id: result.id, version: result.version!, status: result.status! }));
    }
    setOutcome(result);
    setInfo(null);
    requestAnimationFrame(() => messageRef.current?.focus());
    return result;
  }

  const run = (transition: Transition) => startTransition(async () => void (await submit(transition)));

  const preview = () => {
    const path = (id: number) => `/${options.edition.code}/preview/${id}`;
    if (article.id !== null && (!dirty || isPublic || !canEdit)) {
      if (dirty) setInfo("The preview shows the last saved version: your unsaved changes are not in it.");
      window.open(path(article.id), "_blank", "noopener");
      return;
    }
    // Save first, into a tab opened now (a tab opened after waiting would count as a pop-up).
    const tab = window.open("about:blank", "_blank");
    startTransition(async () => {
      const result = await submit("save");
      if (result.ok && tab) {
        tab.opener = null;
        tab.location.href = path(result.id);
      } else tab?.close();
    });
  };

  const missed = article.status === "PUBLISHED" ? missedScheduleText(data.article?.publishedLateMs ?? null) : null;
  const sectionOptions = options.sections;
  const heroChoice = options.media.find((m) => m.id === values.heroMediaId);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const transition = (submitter?.value || "save") as Transition;
        if (submitter?.value === "preview") preview();
        else run(transition);
      }}
      className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]"
      aria-describedby={`${uid}-message`}
    >
      <div className="flex flex-col gap-5">
        <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
          <StatusBadge status={article.status} />
          {!isNew && <span>Version {article.version}</span>}
          {data.article?.createdBy && <span>Created by {data.article.createdBy}</span>}
          {article.status === "IN_REVIEW" && data.article?.heldBy && <span>Held by {data.article.heldBy}</span>}
          {article.path && isPublic && (
            <a href={article.path} className="underline" target="_blank" rel="noopener">
              View on the site
            </a>
          )}
          {article.id !== null && (
            <a href={`/admin/articles/${article.id}/revisions`} className="underline">
              Revisions
            </a>
          )}
          {dirty && <span className="font-semibold text-ink">Unsaved changes</span>}
        </div>
        {missed && (
          <p className="rounded border border-brand-dark bg-red-50 px-3 py-2 text-sm font-semibold text-brand-dark">
            {missed}
          </p>
        )}
        {article.status === "WITHDRAWN" && data.article?.withdrawnReason && (
          <p className="text-sm text-muted">Withdrawn: {data.article.withdrawnReason}</p>
        )}

        <Message outcome={outcome} info={info} id={`${uid}-message`} ref={messageRef} articleId={article.id} />

        <Field label="Headline" name="headline" errors={errorOf("headline")} errorId={errorId("headline")}>
          <input
            {...describe("headline")}
            value={values.headline}
            onChange={(event) => setHeadline(event.target.value)}
            maxLength={200}
            required
            className={`${inputClass} font-serif text-2xl font-bold`}
          />
        </Field>
        <Field label="Standfirst" name="standfirst" errors={errorOf("standfirst")} errorId={errorId("standfirst")}>
          <textarea
            {...describe("standfirst")}
            value={values.standfirst}
            onChange={(event) => set("standfirst", event.target.value)}
            rows={3}
            maxLength={500}
            className={inputClass}
          />
        </Field>
        <Field
          label="Rubric"
          name="rubric"
          errors={errorOf("rubric")}
          errorId={errorId("rubric")}
          hint="A short series or campaign label shown above the headline."
          hintId={`${uid}-rubric-hint`}
        >
          <input
            {...describe("rubric", true)}
            value={values.rubric}
            onChange={(event) => set("rubric", event.target.value)}
            maxLength={60}
            className={inputClass}
          />
        </Field>

        <div className="flex flex-col gap-1">
          <span id={`${uid}-body-label`} className={labelClass}>
            Body
          </span>
          <RichTextEditor
            labelId={`${uid}-body-label`}
            describedBy={errorOf("body").length ? errorId("body") : undefined}
            invalid={errorOf("body").length > 0}
            initialContent={values.body}
            media={options.media}
            onChange={(body) => set("body", body)}
          />
          <FieldErrors id={errorId("body")} errors={errorOf("body")} />
        </div>

        <Field
          label="SEO title"
          name="seoTitle"
          errors={errorOf("seoTitle")}
          errorId={errorId("seoTitle")}
          hint="For search results and sharing; the headline is used when empty."
          hintId={`${uid}-seoTitle-hint`}
        >
          <input
            {...describe("seoTitle", true)}
            value={values.seoTitle}
            onChange={(event) => set("seoTitle", event.target.value)}
            maxLength={110}
            className={inputClass}
          />
        </Field>
        <Field
          label="SEO description"
          name="seoDescription"
          errors={errorOf("seoDescription")}
          errorId={errorId("seoDescription")}
          hint="The standfirst is used when empty."
          hintId={`${uid}-seoDescription-hint`}
        >
          <textarea
            {...describe("seoDescription", true)}
            value={values.seoDescription}
            onChange={(event) => set("seoDescription", event.target.value)}
            rows={2}
            maxLength={300}
            className={inputClass}
          />
        </Field>
      </div>

      <aside className="flex flex-col gap-5" aria-label="Publishing">
        <div className="sticky top-2 z-20 flex flex-wrap gap-2 rounded border border-rule bg-paper p-3 shadow-sm">
          {canEdit && !isPublic && (
            <button type="submit" name="transition" value="save" disabled={pending} className={secondaryButton}>
              Save draft
            </button>
          )}
          {canEdit && !canPublish && (article.status === "DRAFT" || article.status === "IN_REVIEW") && (
            <button type="submit" name="transition" value="submit" disabled={pending} className={primaryButton}>
              Submit for review
            </button>
          )}
          <button type="submit" name="transition" value="preview" disabled={pending} className={secondaryButton}>
            Preview
          </button>
          {canPublish && (
            <button type="submit" name="transition" value="publish" disabled={pending} className={primaryButton}>
              Publish
            </button>
          )}
          {canPublish && !isPublic && (
            <button type="submit" name="transition" value="schedule" disabled={pending} className={secondaryButton}>
              Schedule
            </button>
          )}
          {canPublish && isPublic && (
            <button type="submit" name="transition" value="withdraw" disabled={pending} className={dangerButton}>
              Withdraw
            </button>
          )}
          {pending && (
            <span role="status" className="w-full text-sm text-muted">
              Saving…
            </span>
          )}
          {canPublish && isPublic && (
            <label className="flex w-full flex-col gap-1 text-sm">
              Withdrawal reason
              <input
                value={withdrawReason}
                onChange={(event) => setWithdrawReason(event.target.value)}
                maxLength={500}
                className={inputClass}
              />
            </label>
          )}
          {canPublish && isPublic && <p className="text-xs text-muted">Publish puts your changes live at once.</p>}
        </div>

        <Field label="Section" name="sectionId" errors={errorOf("sectionId")} errorId={errorId("sectionId")}>
          <select
            {...describe("sectionId")}
            value={values.sectionId}
            onChange={(event) => set("sectionId", event.target.value)}
            className={inputClass}
          >
            <option value="">Choose a section…</option>
            {sectionOptions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>

        <Field label="Type" name="type" errors={errorOf("type")} errorId={errorId("type")}>
          <select
            {...describe("type")}
            value={values.type}
            onChange={(event) => set("type", event.target.value as ArticleType)}
            className={inputClass}
          >
            {ARTICLE_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>

        <OrderedPicker
          legend="Tags"
          noun="tag"
          chosen={values.tagIds}
          choices={options.tags}
          max={10}
          onChange={(ids) => set("tagIds", ids)}
          errorId={errorId("tagIds")}
          errors={errorOf("tagIds")}
          hint="The first two tags make the article's first related-stories group."
        />
        <OrderedPicker
          legend="Authors"
          noun="author"
          chosen={values.authorIds}
          choices={options.authors}
          max={10}
          onChange={(ids) => set("authorIds", ids)}
          errorId={errorId("authorIds")}
          errors={errorOf("authorIds")}
          hint="In byline order."
        />

        <Field
          label="Agency credit"
          name="agencyCredit"
          errors={errorOf("agencyCredit")}
          errorId={errorId("agencyCredit")}
        >
          <input
            {...describe("agencyCredit")}
            value={values.agencyCredit}
            onChange={(event) => set("agencyCredit", event.target.value)}
            maxLength={100}
            placeholder="with AFP, Reuters"
            className={inputClass}
          />
        </Field>

        <Field label="Hero image" name="heroMediaId" errors={errorOf("heroMediaId")} errorId={errorId("heroMediaId")}>
          <select
            {...describe("heroMediaId")}
            value={values.heroMediaId ?? ""}
            onChange={(event) => {
              const media = options.media.find((m) => m.id === Number(event.target.value));
              setValues((current) => ({
                ...current,
                heroMediaId: media?.id ?? null,
                heroCaption: current.heroCaption || media?.caption || "",
                heroCredit: current.heroCredit || media?.credit || "",
              }));
            }}
            className={inputClass}
          >
            <option value="">No hero image</option>
            {options.media.map((m) => (
              <option key={m.id} value={m.id}>
                #{m.id} — {m.alt || "no alt text"}
              </option>
            ))}
          </select>
        </Field>
        {heroChoice && (
          // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of a stored rendition
          <img src={heroChoice.thumbnail} alt={heroChoice.alt} className="h-auto w-full rounded bg-wash" />
        )}
        <Field label="Caption" name="heroCaption" errors={errorOf("heroCaption")} errorId={errorId("heroCaption")}>
          <input
            {...describe("heroCaption")}
            value={values.heroCaption}
            onChange={(event) => set("heroCaption", event.target.value)}
            maxLength={500}
            className={inputClass}
          />
        </Field>
        <Field
          label="Credit"
          name="heroCredit"
          errors={errorOf("heroCredit")}
          errorId={errorId("heroCredit")}
          hint="e.g. © Photographer / Agency"
          hintId={`${uid}-heroCredit-hint`}
        >
          <input
            {...describe("heroCredit", true)}
            value={values.heroCredit}
            onChange={(event) => set("heroCredit", event.target.value)}
            maxLength={200}
            className={inputClass}
          />
        </Field>

        <Field
          label="Publish at"
          name="publishAt"
          errors={errorOf("publishAt")}
          errorId={errorId("publishAt")}
          hint={
            canPublish ? `In ${timeZone} time. Schedule publishes it then, by itself.` : "Editors schedule stories."
          }
          hintId={`${uid}-publishAt-hint`}
        >
          <input
            {...describe("publishAt", true)}
            type="datetime-local"
            step={1}
            value={values.publishAt}
            disabled={!canPublish}
            onChange={(event) => set("publishAt", event.target.value)}
            className={inputClass}
          />
        </Field>

        <Field
          label="Slug"
          name="slug"
          errors={errorOf("slug")}
          errorId={errorId("slug")}
          hint={
            article.path
              ? "Changing it moves the article: its old address will redirect to the new one."
              : "The last part of the article's address, suggested from the headline."
          }
          hintId={`${uid}-slug-hint`}
          after={
            <button
              type="button"
              className="rounded border border-rule px-2 py-1.5 text-sm hover:border-ink"
              onClick={() => set("slug", slugify(values.headline))}
            >
              Suggest
            </button>
          }
        >
          <input
            {...describe("slug", true)}
            value={values.slug}
            onChange={(event) => {
              setSlugTouched(true);
              set("slug", event.target.value);
            }}
            maxLength={120}
            spellCheck={false}
            className={`${inputClass} font-mono text-sm`}
          />
        </Field>

        {canPublish && (
          <fieldset className="flex flex-col gap-2 text-sm">
            <legend className={labelClass}>Placement</legend>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={values.dontMiss}
                onChange={(event) => set("dontMiss", event.target.checked)}
              />
              Don&apos;t miss
            </label>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={values.excludeFromNews}
                onChange={(event) => set("excludeFromNews", event.target.checked)}
              />
              Exclude from Google News
            </label>
          </fieldset>
        )}
      </aside>
    </form>
  );
}

const labelClass = "text-sm font-semibold";
const inputClass = "w-full rounded border border-rule bg-paper px-2 py-1.5 aria-[invalid=true]:border-brand";
const primaryButton = "rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-muted disabled:opacity-50";
const secondaryButton = "rounded border border-ink px-3 py-1.5 text-sm font-semibold hover:bg-wash disabled:opacity-50";
const dangerButton =
  "rounded border border-brand-dark px-3 py-1.5 text-sm font-semibold text-brand-dark hover:bg-red-50 disabled:opacity-50";

function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="text-sm font-semibold text-brand-dark">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

interface FieldProps {
  label: string;
  name: FieldName;
  errors: string[];
  errorId: string;
  hint?: string;
  hintId?: string;
  children: ReactNode;
  /** Controls of their own after the labelled one (e.g. a button). */
  after?: ReactNode;
}

/** A label, its control, a hint and the control's errors (referenced by aria-describedby). */
function Field({ label, errors, errorId, hint, hintId, children, after }: FieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1">
          <span className={labelClass}>{label}</span>
          {children}
        </label>
        {after}
      </div>
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

interface OrderedPickerProps {
  legend: string;
  noun: string;
  chosen: number[];
  choices: { id: number; name: string }[];
  max: number;
  onChange: (ids: number[]) => void;
  errorId: string;
  errors: string[];
  hint: string;
}

/** An ordered list of choices: add from a list, move up and down, remove. */
function OrderedPicker({ legend, noun, chosen, choices, max, onChange, errorId, errors, hint }: OrderedPickerProps) {
  const nameOf = (id: number) => choices.find((c) => c.id === id)?.name ?? `#${id}`;
  const move = (index: number, by: number) => {
    const next = [...chosen];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    onChange(next);
  };
  const remaining = choices.filter((c) => !chosen.includes(c.id));
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errors.length ? errorId : undefined}>
      <legend className={labelClass}>{legend}</legend>
      <p className="text-xs text-muted">{hint}</p>
      {chosen.length > 0 && (
        <ol className="flex flex-col gap-1" aria-label={`Chosen ${legend.toLowerCase()}`}>
          {chosen.map((id, index) => (
            <li key={id} className="flex items-center gap-1 rounded border border-rule px-2 py-1 text-sm">
              <span className="flex-1">
                {index + 1}. {nameOf(id)}
              </span>
              <button
                type="button"
                aria-label={`Move ${nameOf(id)} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
                className="px-1 disabled:opacity-30"
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${nameOf(id)} down`}
                disabled={index === chosen.length - 1}
                onClick={() => move(index, 1)}
                className="px-1 disabled:opacity-30"
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove ${nameOf(id)}`}
                onClick={() => onChange(chosen.filter((x) => x !== id))}
                className="px-1"
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      {chosen.length < max && (
        <select
          aria-label={`Add ${noun === "author" ? "an" : "a"} ${noun}`}
          value=""
          onChange={(event) => {
            const id = Number(event.target.value);
            if (id) onChange([...chosen, id]);
          }}
          className={inputClass}
        >
          <option value="">
            Add {noun === "author" ? "an" : "a"} {noun}…
          </option>
          {remaining.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

interface MessageProps {
  outcome: SaveOutcome | null;
  info: string | null;
  id: string;
  ref: Ref<HTMLDivElement>;
  articleId: number | null;
}

/** The answer to the last save: done, or why not (with a way to see the newer version on a conflict). */
function Message({ outcome, info, id, ref, articleId }: MessageProps) {
  const text = outcome?.message ?? info;
  if (!text) return <div id={id} ref={ref} tabIndex={-1} />;
  const failed = outcome !== null && !outcome.ok;
  return (
    <div
      id={id}
      ref={ref}
      tabIndex={-1}
      role={failed ? "alert" : "status"}
      className={`rounded border px-3 py-2 text-sm ${
        failed ? "border-brand-dark bg-red-50 text-brand-dark" : "border-green-800 bg-green-50 text-green-900"
      }`}
    >
      <p className="font-semibold">{text}</p>
      {outcome && !outcome.ok && outcome.kind === "conflict" && (
        <>
          {outcome.changed.length > 0 && <p>Changed since you opened it: {outcome.changed.join(", ")}.</p>}
          {articleId !== null && (
            <p>
              <a href={`/admin/articles/${articleId}`} target="_blank" rel="noopener" className="underline">
                Open the latest version in a new tab
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
