/** What the learner's server printed while a request ran, stderr marked. */
import type { OutputChunk } from '../../../src-main/contract/workbench.js';

export function OutputLines({ output }: { output: OutputChunk[] }) {
  return (
    <pre className="pre-block output-lines">
      {output.map((chunk, i) => (
        <span key={i} className={chunk.stream === 'stderr' ? 'console-stderr' : undefined}>
          {chunk.text}
        </span>
      ))}
    </pre>
  );
}
