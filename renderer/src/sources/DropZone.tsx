import { useState } from 'react';
import { electronHost } from '../api/hostBridge';

/** Accepts dropped evidence files; browsers hide a dropped file's path, so there it says to type it. */
export function DropZone({ onPath }: { onPath: (path: string) => void }) {
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const host = electronHost();
  return (
    <div
      className={`dropzone${over ? ' over' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (!file) return;
        if (host) onPath(host.pathForFile(file));
        else setNote(`The browser does not reveal where ${file.name} lives: type its full path below (the desktop app takes drops).`);
      }}
    >
      {note ?? 'Drop an evidence file here, or type its path below. Files are read in place and never modified.'}
    </div>
  );
}
