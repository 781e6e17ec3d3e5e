import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../lessons/markdown.ts';
import { initialLang, rememberLang } from '../../../simulator/app/i18n/lang-choice.ts';
import { CodeStore, type KeyValueStore } from '../../../simulator/app/storage/code-store.ts';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

describe('never lose work', () => {
  it('keeps each lesson’s code apart', () => {
    const store = memory();
    const code = new CodeStore(store);
    expect(code.load('playground')).toBeUndefined();
    code.save('playground', 'await robot.forward(10);');
    code.save('04-stop-at-wall', 'robot.stop();');
    expect(code.load('playground')).toBe('await robot.forward(10);');
    expect(code.load('04-stop-at-wall')).toBe('robot.stop();');
    code.forget('playground');
    expect(code.load('playground')).toBeUndefined();
  });

  it('reports a full or disabled storage instead of throwing', () => {
    const full: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const code = new CodeStore(full);
    expect(code.save('playground', 'x')).toBe(false);
    expect(code.load('playground')).toBeUndefined();
  });
});

describe('language choice', () => {
  it('remembers the choice, else follows the browser when it is Vietnamese or Lao', () => {
    const store = memory();
    expect(initialLang(store, ['fr-FR', 'en-US'])).toBe('en');
    expect(initialLang(store, ['lo-LA'])).toBe('lo');
    expect(initialLang(store, ['vi'])).toBe('vi');
    rememberLang(store, 'lo');
    expect(initialLang(store, ['vi-VN'])).toBe('lo');
  });
});

describe('lesson text', () => {
  it('renders the Markdown subset and never passes HTML through', () => {
    const html = markdownToHtml(
      'Drive **30 cm**, then `turn(90)`.\n\n- one\n- two <b>\n\n```\nawait robot.wait(1);\n```',
    );
    expect(html).toContain('<strong>30 cm</strong>');
    expect(html).toContain('<code>turn(90)</code>');
    expect(html).toContain('<ul><li>one</li><li>two &lt;b&gt;</li></ul>');
    expect(html).toContain('<pre><code>await robot.wait(1);</code></pre>');
    expect(markdownToHtml('<img src=x onerror=alert(1)>')).not.toContain('<img');
  });
});
