/**
 * Lesson text: GitHub-flavoured markdown (tables, task lists) without raw HTML; links open
 * outside the app; `assets/…` pictures come from the lesson's own folder.
 */
import { useCallback } from 'react';
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { lessonAssetUrl } from '../../api/paths.js';

const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />,
  img: ({ node: _node, ...props }) => <img {...props} className="lesson-picture" loading="lazy" />,
};

const remarkPlugins = [remarkGfm];

export function Markdown({ lessonId, children }: { lessonId: string; children: string }) {
  // defaultUrlTransform first: it drops javascript: and other unsafe URLs.
  const urlTransform = useCallback((url: string) => lessonAssetUrl(lessonId, defaultUrlTransform(url)), [lessonId]);
  return (
    <div className="markdown">
      <ReactMarkdown components={components} remarkPlugins={remarkPlugins} urlTransform={urlTransform} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
