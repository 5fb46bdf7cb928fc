/** Acknowledge an alert: POST /api/alerts/:id/ack. Resolves true on a 2xx answer. */
export async function ackAlert(id: string, by = 'wall', note?: string): Promise<boolean> {
  try {
    const res = await fetch(`/api/alerts/${encodeURIComponent(id)}/ack`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(note ? { by, note } : { by }),
    });
    return res.ok;
  } catch {
    return false;
  }
}
