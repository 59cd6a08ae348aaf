// YouTube adapter (lib/platforms/youtube/): defects a user would meet, each test written
// from what the page shows, on the fixtures in tests/fixtures/youtube (see their SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';
import type { PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');

function readAll(source: string, url: string, locale: string): (PostReading | null)[] {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const ctx = { url: new URL(url), locale, now: NOW };
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx));
}

// On a channel's own page the items name no channel (the page's), so the title link's aria-label
// ("Pão de queijo em 10 minutos de Canal Chico 12.345 visualizações há 2 semanas …", channel-pt-BR.html)
// still holds the channel's name before the count: a name with a number or a "no views" phrase in it
// is the owner's choice, not the count.
describe('youtube: a channel page’s own name is not its videos’ views (channel-pt-BR.html)', () => {
  it.each([
    ['Top 5 Visualizações', 'CanalChic01', 12345],
    ['Nenhuma Visualização TV', 'CanalChic01', 12345],
    // "Nenhuma visualização" after the name is still the page's zero
    ['Nenhuma Visualização TV', 'CanalChic03', 0],
    ['Top 5 Visualizações', 'CanalChic03', 0],
  ])('a channel named %j: %s reads %s views', (name, id, views) => {
    const original = html('channel-pt-BR.html');
    const source = original.replaceAll('Canal Chico', name);
    expect(source).not.toBe(original);
    const r = readAll(source, 'https://www.youtube.com/@canalchico', 'pt-BR').find((x) => x?.postId === id);
    expect(r?.author.name).toBeNull();
    expect(r?.views).toBe(views);
  });
});

// YouTube writes a video without views as "Sem visualizações" (pt), "Sin vistas" (es-419) and
// "Sin visualizaciones" (es-ES): coil398/TubeFilter, src/utils/locales.ts, whose per-language
// words were "derived from real youtube.com strings" (its zeroWords). The page shows zero; on a
// channel's own page the label still holds the channel's name, and a number in it is no count.
describe('youtube: "no views" in Portuguese and Spanish is zero (channel-pt-BR.html)', () => {
  it.each([
    ['pt-BR', 'Sem visualizações', 'Canal Chico'],
    ['pt-BR', 'Sem visualizações', 'Estúdio 54'],
    ['es', 'Sin vistas', 'Estudio 54'],
    ['es-ES', 'Sin visualizaciones', 'Estudio 54'],
  ])('%s "%s", channel %j: CanalChic03 reads 0', (locale, none, name) => {
    const original = html('channel-pt-BR.html');
    const source = original.replaceAll('Nenhuma visualização', none).replaceAll('Canal Chico', name);
    expect(source).not.toBe(original);
    const r = readAll(source, 'https://www.youtube.com/@canalchico', locale).find(
      (x) => x?.postId === 'CanalChic03',
    );
    expect(r?.views).toBe(0);
  });
});
