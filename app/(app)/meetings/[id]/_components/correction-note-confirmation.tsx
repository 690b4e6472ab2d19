/** At approval of a correction, the reviewer confirms the note readers will see; the server pins the confirmation to this text. */
export function CorrectionNoteConfirmation({ correctionNote }: { correctionNote: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium">Correction note readers will see</p>
      {correctionNote ? (
        <>
          <p className="mt-1 whitespace-pre-wrap">{correctionNote}</p>
          <label className="mt-2 flex items-center gap-2">
            <input type="checkbox" name="noteConfirmed" /> I confirm this correction note
            <input type="hidden" name="confirmedNote" value={correctionNote} />
          </label>
        </>
      ) : (
        <p className="mt-1 text-slate-600">There is none: request changes so the editor writes one.</p>
      )}
    </div>
  );
}
