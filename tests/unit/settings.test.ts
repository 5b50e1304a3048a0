import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSteps, readSettings } from '../../src/lib/domain/settings';

describe('readSettings', () => {
	test('nothing stored, or not an object: the defaults', () => {
		expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
		expect(readSettings('dark')).toEqual(DEFAULT_SETTINGS);
	});

	test('each bad field takes its default, the good ones are kept', () => {
		const settings = readSettings({
			scheduler: { retention: 2, learningSteps: ['5m', '1h'] },
			limits: { newPerDay: -1, reviewsPerDay: 50 },
			theme: 'sepia',
			motion: 'reduce'
		});
		expect(settings.scheduler.retention).toBe(DEFAULT_SETTINGS.scheduler.retention);
		expect(settings.scheduler.learningSteps).toEqual(['5m', '1h']);
		expect(settings.limits).toEqual({
			newPerDay: DEFAULT_SETTINGS.limits.newPerDay,
			reviewsPerDay: 50
		});
		expect(settings.theme).toBe('system');
		expect(settings.motion).toBe('reduce');
	});

	test('settings stored with the old language field are read, the language left out', () => {
		// The interface language now lives on the device (Paraglide), not in the stored settings.
		const settings = readSettings({ ...DEFAULT_SETTINGS, theme: 'dark', language: 'en' });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
		expect(settings).not.toHaveProperty('language');
	});
});

describe('parseSteps', () => {
	test('minutes, hours and days, separated by spaces or commas', () => {
		expect(parseSteps('1m 10m')).toEqual(['1m', '10m']);
		expect(parseSteps('1.5h, 1d')).toEqual(['1.5h', '1d']);
		expect(parseSteps('1 minute')).toBeUndefined();
	});
});
