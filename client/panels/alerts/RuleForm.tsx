import { useState, type FormEvent } from 'react';
import { RULE_TYPES, type Rule, type RuleType } from '../../../shared/alert-rules';
import { formFromParams, listOrUndefined, paramsFromForm, PARAM_FIELDS } from './ruleFields';

export interface RuleDraft { id?: string; body: Record<string, unknown> }

/** Create or edit a rule: type, name, severity, scope, the type's params. Errors come from the server's validation. */
export function RuleForm({ editing, error, busy, onSave, onTest, onCancel }: {
  editing: Rule | null;
  error: string;
  busy: boolean;
  onSave: (d: RuleDraft) => void;
  onTest: (d: RuleDraft) => void;
  onCancel: () => void;
}) {
  const [type, setType] = useState<RuleType>(editing?.type ?? 'threshold');
  const [name, setName] = useState(editing?.name ?? '');
  const [severity, setSeverity] = useState(String(editing?.severity ?? 3));
  const [brands, setBrands] = useState(editing?.scope.brands?.join(', ') ?? '');
  const [topics, setTopics] = useState(editing?.scope.topics?.join(', ') ?? '');
  const [channels, setChannels] = useState(editing?.scope.channels?.join(', ') ?? '');
  const [values, setValues] = useState(() => formFromParams(editing?.type ?? 'threshold', editing?.params as Record<string, unknown> | undefined));

  function changeType(t: RuleType) {
    setType(t);
    setValues(formFromParams(t, undefined));
  }

  function draft(): RuleDraft {
    return {
      id: editing?.id,
      body: {
        name, type, severity: Number(severity), enabled: editing?.enabled ?? true,
        scope: { brands: listOrUndefined(brands), topics: listOrUndefined(topics), channels: listOrUndefined(channels) },
        params: paramsFromForm(type, values),
      },
    };
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    onSave(draft());
  }

  return (
    <form className="rule-form" onSubmit={submit} data-testid="rule-form">
      <h3 className="alerts-page__h3">{editing ? <>Edit rule <bdi>{editing.name}</bdi></> : 'New rule'}</h3>
      <div className="rule-form__grid">
        <label>Type
          <select value={type} onChange={(e) => changeType(e.target.value as RuleType)} data-testid="rule-type">
            {RULE_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <label>Name<input value={name} onChange={(e) => setName(e.target.value)} data-testid="rule-name" maxLength={120} /></label>
        <label>Severity
          <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
            {[1, 2, 3, 4, 5].map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>Brands<input value={brands} onChange={(e) => setBrands(e.target.value)} placeholder="all" data-testid="rule-brands" /></label>
        <label>Topics<input value={topics} onChange={(e) => setTopics(e.target.value)} placeholder="all" /></label>
        <label>Channels<input value={channels} onChange={(e) => setChannels(e.target.value)} placeholder="all" /></label>
        {PARAM_FIELDS[type].map((f) => (
          <label key={`${type}-${f.key}`}>{f.label}
            {f.kind === 'bool' ? (
              <input type="checkbox" checked={values[f.key] === true} onChange={(e) => setValues({ ...values, [f.key]: e.target.checked })} />
            ) : f.kind === 'select' ? (
              <select value={String(values[f.key])} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}>
                {f.options!.map((o) => <option key={o} value={o}>{o}</option>)}
              </select>
            ) : (
              <input value={String(values[f.key] ?? '')} inputMode={f.kind === 'number' ? 'decimal' : undefined}
                onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} data-testid={`rule-param-${f.key}`} />
            )}
          </label>
        ))}
      </div>
      {error ? <p className="rule-form__error" role="alert" data-testid="rule-form-error">{error}</p> : null}
      <div className="rule-form__actions">
        <button type="submit" disabled={busy} data-testid="rule-save">{editing ? 'Save' : 'Create'}</button>
        <button type="button" disabled={busy} onClick={() => onTest(draft())} data-testid="rule-test-draft">Test against last 24 h</button>
        {editing ? <button type="button" onClick={onCancel}>Cancel</button> : null}
      </div>
    </form>
  );
}
