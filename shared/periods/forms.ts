// The printed shapes of periods ("Q2 2021/22", "Dec 2021/22", "Summer Census 2021", "Apr–Dec 2021")
// as patterns, each turning its match into a reading that may still need the report's context.
import {
  academicYearPeriod,
  calendarYearPeriod,
  monthPeriod,
  quarterPeriod,
  schoolTermPeriod,
  seasonOfCensusMonth,
} from './build';
import { daysInMonth } from './calendar';
import {
  fixed,
  halfReading,
  monthInYearPair,
  monthSpanReading,
  numberFrom,
  quarterReading,
  readMonth,
  readSeason,
  readYearPair,
  schoolReading,
  seasonYear,
  type Groups,
  type Reading,
} from './readings';

export interface PeriodForm {
  pattern: RegExp;
  read(groups: Groups): Reading | null;
}

const START = '(?<![a-z0-9/])';
const END = '(?![a-z0-9/])';
/** After a four-digit year: not the start of "2021-22" or "2021/22". */
const YEAR_END = `${END}(?!\\s*[-–]\\s*\\d)`;
const Y4 = '(?:19|20)\\d{2}';
const SEP = '\\s*[/\\-–]\\s*';
const YEAR_PAIR = `${Y4}${SEP}(?:${Y4}|\\d{2})`;
const ANY_YEAR_PAIR = `(?:${Y4}|\\d{2})${SEP}(?:${Y4}|\\d{2})`;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const QUARTER_WORD = '(?:q|qtr\\.?|quarter)';
const QUARTER_NUMBER = '(?<q>[1-4](?!\\d)|one|two|three|four)';
const SEASON = '(?<s>autumn|spring|summer)';
const SCHOOL_WORD = '(?:school\\s+)?';
const FY_TAG = '(?:fy\\s*)?';

function pattern(source: string): RegExp {
  return new RegExp(`${START}${source}`, 'gi');
}

/** Every printed shape, most specific first (ties in length go to the earlier form). */
export const PERIOD_FORMS: readonly PeriodForm[] = [
  // "Q2 2021/22", "Quarter 4, 2021/22", "Qtr 3 of 2021/22", "Q2 FY21/22"
  {
    pattern: pattern(
      `${QUARTER_WORD}\\s*${QUARTER_NUMBER}(?:\\s*,\\s*|\\s+of\\s+(?:the\\s+)?|\\s*-\\s*|\\s+)${FY_TAG}(?<fy>${ANY_YEAR_PAIR})${END}`,
    ),
    read: quarterReading,
  },
  // "2021/22 Q2", "2021-22 Quarter 1"
  {
    pattern: pattern(
      `${FY_TAG}(?<fy>${YEAR_PAIR})\\s*[,:\\-]?\\s*${QUARTER_WORD}\\s*${QUARTER_NUMBER}${END}`,
    ),
    read: quarterReading,
  },
  // "third quarter of 2021/22"
  {
    pattern: pattern(
      `(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?(?:the\\s+)?${FY_TAG}(?<fy>${ANY_YEAR_PAIR})${END}`,
    ),
    read: quarterReading,
  },
  // "Quarter 3 2021": the financial quarter falling in 2021 (Q4 2021 is January–March 2021)
  {
    pattern: pattern(`${QUARTER_WORD}\\s*${QUARTER_NUMBER}\\s*,?\\s+(?<y>${Y4})${YEAR_END}`),
    read: (groups) => {
      const quarter = numberFrom(groups.q);
      if (quarter === null || !groups.y) return null;
      const year = Number(groups.y);
      return fixed(quarterPeriod(quarter === 4 ? year - 1 : year, quarter));
    },
  },
  // "Q1", "Quarter 1": needs the report's period or meeting date
  {
    pattern: pattern(`${QUARTER_WORD}\\s*${QUARTER_NUMBER}${END}`),
    read: (groups) => {
      const quarter = numberFrom(groups.q);
      return quarter === null ? null : { type: 'bare-quarter', quarter };
    },
  },
  // "H1 2021/22", "half year 2 2021/22"
  {
    pattern: pattern(
      `(?:h|half[\\s-]*(?:year[\\s-]*)?)(?<h>[12])(?:\\s*,\\s*|\\s+of\\s+|\\s*-\\s*|\\s+)${FY_TAG}(?<fy>${ANY_YEAR_PAIR})${END}`,
    ),
    read: halfReading,
  },
  // "2021/22 H1"
  {
    pattern: pattern(`${FY_TAG}(?<fy>${YEAR_PAIR})\\s*[,:\\-]?\\s*h(?<h>[12])${END}`),
    read: halfReading,
  },
  // "first half of 2021/22", "second half of the year 2021/22"
  {
    pattern: pattern(
      `(?<h>first|second|1st|2nd)\\s+half(?:[\\s-]+year)?\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:financial\\s+)?year\\s+)?${FY_TAG}(?<fy>${ANY_YEAR_PAIR})${END}`,
    ),
    read: halfReading,
  },
  // "Apr–Dec 2021", "April to June 2021", "Oct 2020 - Sep 2021"
  {
    pattern: pattern(
      `(?<m1>${MONTH})(?:[\\s,'’]*(?<y1>${Y4}))?\\s*(?:-|–|—|to|until)\\s*(?<m2>${MONTH})\\s*,?[\\s'’]*(?<y2>${Y4})${YEAR_END}`,
    ),
    read: (groups) => {
      const firstMonth = readMonth(groups.m1);
      const lastMonth = readMonth(groups.m2);
      if (firstMonth === null || lastMonth === null || !groups.y2) return null;
      const last = { year: Number(groups.y2), month: lastMonth };
      const firstYear = groups.y1
        ? Number(groups.y1)
        : firstMonth <= lastMonth
          ? last.year
          : last.year - 1;
      return monthSpanReading({ year: firstYear, month: firstMonth }, last);
    },
  },
  // "Dec 2021/22", "Mar 21/22"
  {
    pattern: pattern(`(?<m>${MONTH})[\\s\\-'’]*(?<fy>${ANY_YEAR_PAIR})${END}`),
    read: (groups) => {
      const month = readMonth(groups.m);
      const startYear = readYearPair(groups.fy);
      if (month === null || startYear === null) return null;
      return fixed(monthPeriod(monthInYearPair(month, startYear)));
    },
  },
  // "December 2021", "Dec-2021"; with a day in front ("7 June 2022") it is a date, not a period.
  // The day must be 1–31 and joined by spaces, so a table's "0.07<tab>June 2021" stays a month.
  {
    pattern: pattern(
      `(?:(?<![.,:])(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?)?(?<m>${MONTH})\\s*,?[\\s\\-'’]*(?<y>${Y4})${YEAR_END}`,
    ),
    read: (groups) => {
      const month = readMonth(groups.m);
      if (month === null || !groups.y) return null;
      const at = { year: Number(groups.y), month };
      if (!groups.d) return fixed(monthPeriod(at));
      const day = Number(groups.d);
      return day >= 1 && day <= daysInMonth(at.year, month) ? { type: 'date', at, day } : null;
    },
  },
  // "Dec-21", "Dec '21"
  {
    pattern: pattern(`(?<m>${MONTH})\\s*[-'’]\\s*(?<yy>\\d{2})${END}`),
    read: (groups) => {
      const month = readMonth(groups.m);
      if (month === null || !groups.yy) return null;
      return fixed(monthPeriod({ year: 2000 + Number(groups.yy), month }));
    },
  },
  // "Summer Census 2021", "Autumn term 2021", "Spring 2022 school census", "Summer 2021"
  {
    pattern: pattern(
      `${SEASON}(?:\\s+${SCHOOL_WORD}(?<w1>term|census))?\\s*,?\\s+(?<y>${ANY_YEAR_PAIR}|${Y4})(?:\\s+${SCHOOL_WORD}(?<w2>term|census))?${YEAR_END}`,
    ),
    read: (groups) => {
      const season = readSeason(groups.s);
      const year = season ? seasonYear(season, groups.y) : null;
      const words = [groups.w1, groups.w2].map((word) => word?.toLowerCase());
      if (season && year !== null && !words.some(Boolean)) {
        return { type: 'loose-season', period: schoolTermPeriod(year, season) };
      }
      return schoolReading(season, year, words.includes('census'));
    },
  },
  // "2021 summer term", "the 2022 Spring term"
  {
    pattern: pattern(
      `(?<y>${YEAR_PAIR}|${Y4})\\s+${SEASON}\\s+${SCHOOL_WORD}(?<w>term|census)${END}`,
    ),
    read: (groups) => {
      const season = readSeason(groups.s);
      const year = season ? seasonYear(season, groups.y) : null;
      return schoolReading(season, year, groups.w?.toLowerCase() === 'census');
    },
  },
  // "October census 2021", "January 2022 census"
  {
    pattern: pattern(
      `(?<m>jan(?:uary)?|may|oct(?:ober)?)\\s+(?:(?<y1>${Y4})\\s+)?${SCHOOL_WORD}census(?:\\s+(?<y2>${Y4}))?${YEAR_END}`,
    ),
    read: (groups) => {
      const month = readMonth(groups.m);
      const season = month === null ? null : seasonOfCensusMonth(month);
      if (!season || (groups.y1 && groups.y2)) return null;
      const yearText = groups.y1 ?? groups.y2;
      if (!yearText) return { type: 'bare-school', season, census: true };
      return schoolReading(season, Number(yearText), true);
    },
  },
  // "Autumn census", "summer term": needs the report's period or meeting date
  {
    pattern: pattern(`${SEASON}\\s+${SCHOOL_WORD}(?<w>term|census)${END}`),
    read: (groups) => {
      const season = readSeason(groups.s);
      if (!season) return null;
      return { type: 'bare-school', season, census: groups.w?.toLowerCase() === 'census' };
    },
  },
  // "2019/20 academic year", "AY 2019/20", "FY 2021/22", "financial year 2021-22", "2021/22"
  {
    pattern: pattern(
      `(?:(?<t1>fy|ay|financial\\s+year|fiscal\\s+year|academic\\s+year)\\s*:?\\s*)?(?<fy>${ANY_YEAR_PAIR})(?:\\s+(?<t2>financial|fiscal|academic)\\s+year)?${END}`,
    ),
    read: (groups) => {
      const startYear = readYearPair(groups.fy);
      const tag = `${groups.t1 ?? ''} ${groups.t2 ?? ''}`.toLowerCase();
      const tagged = tag.trim() !== '';
      if (startYear === null || (!tagged && !/^\d{4}/.test(groups.fy ?? ''))) return null;
      if (/ay|academic/.test(tag)) return fixed(academicYearPeriod(startYear));
      return { type: 'year-pair', startYear, tagged };
    },
  },
  // "CY 2021", "calendar year 2021", "2021 calendar year"
  {
    pattern: pattern(
      `(?:(?:cy|calendar\\s+year)\\s*:?\\s*(?<y1>${Y4})|(?<y2>${Y4})\\s+calendar\\s+year)${YEAR_END}`,
    ),
    read: (groups) => fixed(calendarYearPeriod(Number(groups.y1 ?? groups.y2))),
  },
  // "2021" alone
  {
    pattern: pattern(`(?<y>${Y4})${YEAR_END}`),
    read: (groups) => ({ type: 'loose-year', period: calendarYearPeriod(Number(groups.y)) }),
  },
];
