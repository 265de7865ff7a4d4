import type { Engine } from '../engine/engine.ts';

/** Question chips: each asks its entry's question when chosen. */
export function Chips({ ids, engine, label, onAsk }: { ids: readonly string[]; engine: Engine; label: string; onAsk: (id: string) => void }) {
  const entries = ids.flatMap((id) => {
    const question = engine.question(id);
    return question === undefined ? [] : [{ id, question }];
  });
  if (entries.length === 0) return null;
  return (
    <div class="chips" role="group" aria-label={label}>
      <span class="chips-label" aria-hidden="true">{label}</span>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <button type="button" class="chip" part="chip" onClick={() => onAsk(e.id)}>
              {e.question}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
