import { useCallback, useEffect, useState } from 'react';
import type { Alert } from '../../shared/alert';
import type { Rule } from '../../shared/alert-rules';
import { Link } from '../router/Link';
import { RuleForm, type RuleDraft } from '../panels/alerts/RuleForm';
import { rulesApi, type RuleTest } from '../panels/alerts/rulesApi';
import { alertTargets } from '../wall/drill';
import { explorePath } from '../../shared/explore';

/** /explore links of an alert in the history: its mentions and its why-this-spike. */
function alertHrefs(a: Alert): { mentions: string; why: string } {
  const t = alertTargets(a);
  const href = (x: typeof t.mentions) => ('path' in x ? x.path : explorePath(x.filter, x.extra));
  return { mentions: href(t.mentions), why: href(t.why) };
}

/** The history refreshes this often. */
const HISTORY_REFRESH_MS = 5000;
const SILENCE_MINUTES = 60;
const WHO = 'alerts-page';

const time = (t: number) => new Date(t).toLocaleString();

/** /alerts: the rules (enable, edit, test against the last 24 h), a rule form, and the alert history (ack, silence). */
export default function AlertsPage() {
  const [rules, setRules] = useState<Rule[]>([]);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [editing, setEditing] = useState<Rule | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const [test, setTest] = useState<{ name: string; result: RuleTest } | null>(null);
  const [message, setMessage] = useState('');

  const loadRules = useCallback(async () => {
    const r = await rulesApi.list();
    if (r.ok) setRules(r.data.rules); else setMessage(r.error);
  }, []);
  const loadAlerts = useCallback(async () => {
    const r = await rulesApi.alerts();
    if (r.ok) setAlerts(r.data.alerts);
  }, []);

  useEffect(() => {
    void loadRules();
    void loadAlerts();
    const timer = setInterval(() => void loadAlerts(), HISTORY_REFRESH_MS);
    return () => clearInterval(timer);
  }, [loadRules, loadAlerts]);

  async function toggle(rule: Rule) {
    const r = await rulesApi.setEnabled(rule.id, !rule.enabled);
    if (r.ok) setRules((rs) => rs.map((x) => (x.id === rule.id ? r.data : x))); else setMessage(r.error);
  }

  async function remove(rule: Rule) {
    const r = await rulesApi.remove(rule.id);
    if (r.ok) setRules((rs) => rs.filter((x) => x.id !== rule.id)); else setMessage(r.error);
  }

  async function runTest(name: string, p: ReturnType<typeof rulesApi.test>) {
    setBusy(true);
    const r = await p;
    setBusy(false);
    if (r.ok) { setTest({ name, result: r.data }); setFormError(''); } else setFormError(r.error);
  }

  async function save(d: RuleDraft) {
    setBusy(true);
    const r = d.id ? await rulesApi.replace(d.id, d.body) : await rulesApi.create(d.body);
    setBusy(false);
    if (!r.ok) return setFormError(r.error);
    setFormError('');
    setEditing(null);
    setFormKey((k) => k + 1);
    await loadRules();
  }

  async function act(p: Promise<{ ok: boolean; error?: string }>) {
    const r = await p;
    if (!r.ok) setMessage(r.error ?? 'failed');
    await loadAlerts();
  }

  return (
    <main className="alerts-page" data-testid="alerts-page">
      <header className="alerts-page__header">
        <h1 className="alerts-page__title">Alerts</h1>
        <nav><Link href="/wall" className="alerts-page__link">← Wall</Link></nav>
      </header>
      {message ? <p className="alerts-page__message" role="status">{message}</p> : null}
      <div className="alerts-page__cols">
        <section className="alerts-page__section" aria-label="Rules">
          <h2 className="alerts-page__h2">Rules <span className="alerts-page__meta">{rules.filter((r) => r.enabled).length} of {rules.length} enabled</span></h2>
          <ul className="rule-list">
            {rules.map((r) => (
              <li key={r.id} className={`rule-row${r.enabled ? '' : ' rule-row--off'}`} data-testid="rule-row" data-rule-id={r.id}>
                <label className="rule-row__toggle">
                  <input type="checkbox" checked={r.enabled} onChange={() => void toggle(r)} data-testid="rule-enabled" aria-label={`enable ${r.name}`} />
                </label>
                <span className={`alert-item__sev severity--${r.severity}`}>{r.severity}</span>
                <bdi className="rule-row__name">{r.name}</bdi>
                <span className="rule-row__type">{r.type}</span>
                <span className="rule-row__scope"><bdi>{[r.scope.brands?.join(', '), r.scope.topics?.join(', '), r.scope.channels?.join(', ')].filter(Boolean).join(' · ') || 'all'}</bdi></span>
                <button type="button" onClick={() => void runTest(r.name, rulesApi.test(r.id))} disabled={busy} data-testid="rule-test">Test</button>
                <button type="button" onClick={() => { setEditing(r); setFormKey((k) => k + 1); setFormError(''); }}>Edit</button>
                <button type="button" onClick={() => void remove(r)}>Delete</button>
              </li>
            ))}
          </ul>
          <RuleForm key={formKey} editing={editing} error={formError} busy={busy} onSave={(d) => void save(d)}
            onTest={(d) => void runTest(String(d.body.name || 'draft'), rulesApi.testDraft(d.body))}
            onCancel={() => { setEditing(null); setFormKey((k) => k + 1); }} />
          {test ? (
            <div className="rule-test" data-testid="rule-test-result">
              <h3 className="alerts-page__h3">Test: <bdi>{test.name}</bdi> over {test.result.buckets} minutes</h3>
              {test.result.fired.length === 0 ? <p>Would not have fired in the last 24 h.</p> : (
                <ul>
                  {test.result.fired.map((f, i) => (
                    <li key={i}>Would have fired at {time(f.t)}: <bdi>{f.title}</bdi> (value {f.value}, baseline {f.baseline}, SEV {f.severity})</li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </section>
        <section className="alerts-page__section" aria-label="History">
          <h2 className="alerts-page__h2">History <span className="alerts-page__meta">{alerts.filter((a) => a.state === 'firing').length} firing</span></h2>
          {alerts.length === 0 ? <p className="alerts__empty">No alerts.</p> : null}
          <ol className="alerts-page__history">
            {alerts.map((a) => (
              <li key={a.id} className={`alert-item alert-item--${a.state}`} data-testid="history-item" data-state={a.state}>
                <span className={`alert-item__sev severity--${a.severity}`}>{a.severity}</span>
                <bdi className="alert-item__title">{a.title}</bdi>
                <span className="alert-item__since">{time(a.startedAt)}</span>
                <span className="alert-item__state">{a.state}{a.silenced ? ' · silenced' : ''}{a.updates ? ` · ${a.updates} updates` : ''}</span>
                {a.acknowledged ? <span className="alert-item__ack">ack · <bdi>{a.acknowledged.by}</bdi></span> : null}
                <Link href={alertHrefs(a).mentions} data-testid="history-mentions">Mentions</Link>
                <Link href={alertHrefs(a).why} data-testid="history-why">Why</Link>
                {a.state !== 'resolved' && !a.acknowledged ? (
                  <button type="button" onClick={() => void act(rulesApi.ack(a.id, WHO))} data-testid="history-ack">Ack</button>
                ) : null}
                {a.state !== 'resolved' && !a.silenced ? (
                  <button type="button" onClick={() => void act(rulesApi.silence(a.id, SILENCE_MINUTES, WHO))} data-testid="history-silence">Silence 1 h</button>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </main>
  );
}
