// The little of lunar-javascript (no bundled types) that the provisional calendar uses.
declare module 'lunar-javascript' {
  export interface SolarDay {
    toYmd(): string;
    next(days: number): SolarDay;
    getLunar(): LunarDay;
  }
  export interface LunarDay {
    getSolar(): SolarDay;
    /** Solar-term name (清明, 冬至 …) → its day, for the terms around this lunar year. */
    getJieQiTable(): Record<string, SolarDay>;
  }
  export const Lunar: { fromYmd(y: number, m: number, d: number): LunarDay };
  export const Solar: { fromYmd(y: number, m: number, d: number): SolarDay };
}
