// Records stored as columns: one typed array per numeric field and the strings joined in one,
// because IndexedDB (Chromium 156) pays for every record and every object it clones: 100,000
// card states as 100,000 records took 1.8 s to read; as 64 records of columns, about 40 ms.
// A record read back is checked here (types and lengths) before the app trusts it.

/** Card and review ids never contain it (they are slugs, "~" and "/"). */
export const SEPARATOR = '\u001f';

export type NumberColumn = Float64Array | Uint32Array | Uint16Array | Uint8Array;
type ColumnType =
	Float64ArrayConstructor | Uint32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor;
export type ColumnSpec = Record<string, ColumnType>;
export type Columns<S extends ColumnSpec> = { [K in keyof S]: InstanceType<S[K]> };

export function joinStrings(values: readonly string[]): string {
	return values.join(SEPARATOR);
}

export function splitStrings(joined: string): string[] {
	return joined === '' ? [] : joined.split(SEPARATOR);
}

/** Empty columns of `length` entries. */
export function allocate<S extends ColumnSpec>(spec: S, length: number): Columns<S> {
	const columns: Partial<Columns<S>> = {};
	for (const name of Object.keys(spec) as (keyof S)[]) {
		const Column = spec[name] as new (length: number) => NumberColumn;
		columns[name] = new Column(length) as InstanceType<S[keyof S]>;
	}
	return columns as Columns<S>;
}

/** The columns of a stored record, if each is of its type and `length` long. */
export function readColumns<S extends ColumnSpec>(
	value: Record<string, unknown>,
	spec: S,
	length: number
): Columns<S> | undefined {
	for (const name of Object.keys(spec)) {
		const column = value[name];
		const Column = spec[name] as new (length: number) => NumberColumn;
		if (!(column instanceof Column) || column.length !== length) {
			return undefined;
		}
	}
	return value as Columns<S>;
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
