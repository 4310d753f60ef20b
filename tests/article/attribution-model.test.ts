import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FEATURE_SET_VERSION } from '../../src/article/attribution/features.js';
import { DEFAULT_MODEL_PATH, MODEL_FORMAT_VERSION, loadAttributionModel, modelFromJson } from '../../src/article/attribution/model.js';

const work = mkdtempSync(path.join(tmpdir(), 'attribution-model-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the committed attribution model', () => {
  it('loads, names the data it was learned from, and matches this parser’s feature set', () => {
    const model = loadAttributionModel();
    expect(model.file.formatVersion).toBe(MODEL_FORMAT_VERSION);
    expect(model.file.featureSetVersion).toBe(FEATURE_SET_VERSION);
    expect(model.file.data.corpus).toBe('PolNeAR');
    expect(model.file.data.citation).toMatch(/Newell, Margolin and Ruths.*LREC 2018/);
    expect(model.speakerWeights.size).toBeGreaterThan(100);
    expect(model.speechWeights.size).toBeGreaterThan(10);
  });

  it('holds no date, so that training again with the same seed gives the same file', () => {
    expect(readFileSync(DEFAULT_MODEL_PATH, 'utf8')).not.toMatch(/"(?:date|trainedAt|created)"/);
  });
});

describe('a model file that does not fit', () => {
  const committed = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8'));

  it('is refused when written for another feature set, with the command that fixes it', () => {
    expect(() => modelFromJson({ ...committed, featureSetVersion: FEATURE_SET_VERSION + 1 })).toThrow(/features .*npm run train/);
  });

  it('is refused when its speaker trees are not trees, with the command that fixes it', () => {
    const bad = { ...committed, speaker: { ...committed.speaker, trees: [{ if: 'ant:rank0', then: { add: 1 } }] } };
    expect(() => modelFromJson(bad)).toThrow(/speaker trees .*npm run train/);
  });

  it('is refused when its speech trees are not trees, with the command that fixes it', () => {
    const bad = { ...committed, speech: { ...committed.speech, trees: [{ add: 'much' }] } };
    expect(() => modelFromJson(bad)).toThrow(/speech trees .*npm run train/);
  });

  it('is refused when it is not a model file at all', () => {
    expect(() => modelFromJson({ weights: {} })).toThrow(/not an attribution model file/);
  });

  it('is refused with one line when missing or not JSON', () => {
    expect(() => loadAttributionModel(path.join(work, 'missing.json'))).toThrow(/cannot read the attribution model .*npm run train/);
    const broken = path.join(work, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => loadAttributionModel(broken)).toThrow(/not valid JSON/);
  });
});
