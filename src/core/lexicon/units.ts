// Units of time and money, for durations and amounts.

/** Time units with their length in days. */
export const TIME_UNITS: ReadonlyMap<string, { unit: string; days: number }> = new Map(
  ([
    [['second', 'seconds', 'sec', 'secs'], 'second', 1 / 86400],
    [['minute', 'minutes', 'min', 'mins'], 'minute', 1 / 1440],
    [['hour', 'hours', 'hr', 'hrs'], 'hour', 1 / 24],
    [['day', 'days'], 'day', 1],
    [['week', 'weeks'], 'week', 7],
    [['month', 'months'], 'month', 30.44],
    [['year', 'years', 'yr', 'yrs'], 'year', 365.25],
    [['decade', 'decades'], 'decade', 3652.5],
  ] as [string[], string, number][]).flatMap(([words, unit, days]) => words.map((w) => [w, { unit, days }] as const)),
);

export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₪', '₹']);

export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'shekel', 'shekels', 'yen', 'yuan', 'rupee', 'rupees',
  'usd', 'eur', 'gbp', 'ils', 'francs', 'riyals', 'dinars', 'lira', 'roubles', 'rubles', 'pence', 'cents', 'pesos',
  'rand', 'naira', 'hryvnias',
]);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct']);
