// A deterministic ten-year archive of quarterly performance packs for npm run bench:indicators,
// filed through the real store functions so the measured queries read what an import would write.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { addAlias, createIndicator, type Polarity } from '../../db/indicator-catalogue';
import { recordStatement, type StatementInput } from '../../db/indicator-values';
import { upsertCommittee, upsertMeeting } from '../../db/meeting-upserts';
import { quarterOf, standardLabel, type Period } from '../../shared/periods';

export const QUARTERS = 40;
const FIRST_FINANCIAL_YEAR = 2015;
const RESTATED_SHARE = 0.05;
const WRONG_TREND_WORD_SHARE = 0.05;
const OUTLIER_SHARE = 0.03;
const MISCOUNTED_SHARE = 0.05;

/** Three committees, two themes each, ten indicators a theme (named as dashboards print them). */
const COMMITTEES = [
  {
    name: 'Children and Young People Scrutiny Committee',
    themes: {
      "Children's social care":
        'Re-referrals within 12 months|Child protection plans lasting 2 years or more|Children in care with 3 or more placements|Care leavers in education, employment or training|Assessments completed within 45 days|Children in care per 10,000|Social workers with agency status|Initial child protection conferences within 15 days|Adoptions within 18 months of entering care|Children missing from care episodes',
      Education:
        'Pupils in good or outstanding schools|Persistent absence in secondary schools|Education, health and care plans issued within 20 weeks|Permanent exclusions|Take-up of funded early education for 2-year-olds|Young people not in education, employment or training|Pupils attaining the expected standard at key stage 2|Children electively home educated|Suspensions per 100 pupils|Free school meals eligible pupils attaining grade 5 in English and maths',
    },
  },
  {
    name: 'Adult Social Care and Health Scrutiny Committee',
    themes: {
      'Adult social care':
        'Permanent admissions to care homes (65+) per 100,000|Older people at home 91 days after discharge|Adults receiving direct payments|Delayed transfers of care per 100,000|Safeguarding enquiries concluded within 28 days|Carers assessed in the year|Adults with learning disabilities in paid employment|Reviews completed within 12 months|Home care hours not delivered|Service users who feel safe',
      'Public health':
        'Smoking at time of delivery|Successful completion of drug treatment|NHS health checks delivered|Children overweight in reception year|Breastfeeding at 6 to 8 weeks|Chlamydia detection rate per 100,000|Alcohol-related hospital admissions per 100,000|Uptake of MMR2 by age 5|Adults physically active|Suicide rate per 100,000',
    },
  },
  {
    name: 'Place and Environment Scrutiny Committee',
    themes: {
      Housing:
        'Households in temporary accommodation|Homelessness prevented or relieved|Affordable homes delivered|Empty homes brought back into use|Major planning applications decided in time|Council homes meeting the decent homes standard|Average days to re-let council homes|Rent collected as a share of rent due|Disabled facilities grants completed within 6 months|Rough sleepers counted on a single night',
      Environment:
        'Household waste sent for reuse, recycling or composting|Residual waste per household (kg)|Fly-tipping incidents|Missed bin collections per 100,000|Streets below the standard for litter|Principal roads where maintenance should be considered|Potholes repaired within 28 days|Council carbon emissions (tonnes CO2e)|Air quality monitoring sites above the NO2 limit|Street lights repaired within 5 days',
    },
  },
] as const;

/** Seeded and repeatable (mulberry32), so every run of the bench measures the same archive. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface IndicatorPlan {
  id: number;
  name: string;
  committee: number;
  polarity: Polarity;
  unit: '%' | 'rate' | null;
  /** Quarters it was reported for (a few stop early, so their newest figure goes stale). */
  reportedQuarters: number;
  values: number[];
  counts: (number | null)[];
  target: number;
  neighbourAverage: number;
}

export interface ArchiveSize {
  committees: number;
  meetings: number;
  documents: number;
  indicators: number;
  values: number;
  statements: number;
  restatements: number;
}

/** Quarter q of the archive (0 = Q1 2015/16), as shared/periods reads it. */
function quarterAt(q: number): Period {
  const months = 3 * q;
  const year = FIRST_FINANCIAL_YEAR + Math.floor((3 + months) / 12);
  const month = ((3 + months) % 12) + 1;
  return quarterOf(`${year}-${String(month).padStart(2, '0')}-01`);
}

/** The committee meets about seven weeks after the quarter ends; committees meet on different days. */
function meetingDateFor(period: Period, committee: number): string {
  const end = new Date(`${period.end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 45 + 3 * committee);
  return end.toISOString().slice(0, 10);
}

/**
 * Quarterly figures that wander about a level (with a slow trend for some), a five-quarter slide
 * for the worse in about a third of indicators, and the odd outlier, kept within the unit.
 */
function walk(random: () => number, plan: Omit<IndicatorPlan, 'values' | 'counts'>): number[] {
  const percent = plan.unit === '%';
  const level = percent ? 30 + random() * 50 : 50 + random() * 950;
  const spread = level * (0.02 + random() * 0.03);
  const trend = random() < 0.3 ? (random() - 0.5) * spread * 0.1 : 0;
  const worse = plan.polarity === 'low' ? 1 : -1;
  const slideFrom = random() < 0.3 ? Math.floor(random() * (QUARTERS - 8)) : QUARTERS;
  let wander = 0;
  const values: number[] = [];
  for (let q = 0; q < QUARTERS; q += 1) {
    wander = 0.5 * wander + (random() - 0.5) * spread;
    const slide = worse * spread * Math.max(0, Math.min(q - slideFrom, 5));
    const outlier = random() < OUTLIER_SHARE ? (random() < 0.5 ? -4 : 4) * spread : 0;
    const value = Math.max(0, level + trend * q + wander + slide + outlier);
    values.push(Number((percent ? Math.min(100, value) : value).toFixed(1)));
  }
  return values;
}

function planIndicators(db: Database.Database, random: () => number): IndicatorPlan[] {
  const plans: IndicatorPlan[] = [];
  COMMITTEES.forEach((committee, committeeIndex) => {
    for (const [theme, names] of Object.entries(committee.themes)) {
      for (const name of names.split('|')) {
        const n = plans.length;
        const polarity: Polarity = n % 7 === 6 ? 'unknown' : n % 3 === 0 ? 'low' : 'high';
        const unit = n % 5 === 4 ? null : n % 5 === 3 ? 'rate' : '%';
        const id = createIndicator(db, {
          name,
          theme,
          unit,
          frequency: 'Quarterly',
          polarity,
          polaritySource: polarity === 'unknown' ? 'unknown' : 'stated',
        });
        addAlias(db, id, name, name.toLowerCase(), 'import', 1);
        const shape: Omit<IndicatorPlan, 'values' | 'counts'> = {
          id,
          name,
          committee: committeeIndex,
          polarity,
          unit,
          reportedQuarters: n % 23 === 11 ? QUARTERS - 3 : QUARTERS,
          target: 0,
          neighbourAverage: 0,
        };
        const values = walk(random, shape);
        const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
        // Counts behind some percentages, a few of them small; the denominator jumps now and then.
        let denominator = n % 10 === 2 ? 40 : 400 + Math.floor(random() * 2000);
        const counts = values.map((value) => {
          if (unit !== '%' || n % 4 !== 2) return null;
          if (random() < 0.05) denominator = Math.round(denominator * (random() < 0.5 ? 0.7 : 1.4));
          return Math.round((value / 100) * denominator);
        });
        const better = polarity === 'low' ? -1 : 1;
        plans.push({
          ...shape,
          values,
          counts,
          target: Number((mean * (1 - better * 0.01)).toFixed(1)),
          neighbourAverage: Number((mean * (1 + better * (random() - 0.4) * 0.1)).toFixed(1)),
        });
      }
    }
  });
  return plans;
}

const printed = (value: number, unit: IndicatorPlan['unit']): string =>
  unit === '%' ? `${value.toFixed(1)}%` : value.toLocaleString('en-GB');

function judgement(plan: IndicatorPlan, q: number, random: () => number): Partial<StatementInput> {
  const value = plan.values[q]!;
  const better = plan.polarity === 'low' ? -1 : 1;
  const margin = better * (value - plan.target);
  const gap = better * (value - plan.neighbourAverage);
  const previous = plan.values[q - 1];
  const rose = previous === undefined ? null : value > previous;
  const honest = rose === null ? null : rose ? 'Increase' : 'Decrease';
  const wrong = random() < WRONG_TREND_WORD_SHARE;
  return {
    target: { op: better === 1 ? '>=' : '<=', value: plan.target },
    rag: margin >= 0 ? 'green' : margin > -0.05 * Math.abs(plan.target) ? 'amber' : 'red',
    quartile: gap > 0.04 * plan.neighbourAverage ? 1 : gap > 0 ? 2 : gap > -0.04 * value ? 3 : 4,
    neighbourAverage: plan.neighbourAverage,
    statedTrend: wrong ? (honest === 'Increase' ? 'Decrease' : 'Increase') : honest,
  };
}

function insertDocument(db: Database.Database, fileName: string, meetingId: number): number {
  const sha256 = createHash('sha256').update(fileName).digest('hex');
  return Number(
    db
      .prepare(
        `INSERT INTO document (sha256, file_name, format, page_count, byte_size, meeting_id)
         VALUES (?, ?, 'pdf', 24, 850000, ?)`,
      )
      .run(sha256, fileName, meetingId).lastInsertRowid,
  );
}

/** Fills an empty, migrated store: one pack a committee a quarter, each stating two quarters. */
export function buildIndicatorArchive(db: Database.Database, seed = 20250401): ArchiveSize {
  const random = seededRandom(seed);
  const plans = db.transaction(() => planIndicators(db, random))();
  const committeeIds = db.transaction(() =>
    COMMITTEES.map((committee) => upsertCommittee(db, committee.name)),
  )();
  const filePack = db.transaction((q: number, committee: number) => {
    const period = quarterAt(q);
    const previous = q > 0 ? quarterAt(q - 1) : null;
    const date = meetingDateFor(period, committee);
    const meetingId = upsertMeeting(db, committeeIds[committee]!, date, {
      time: '18:30',
      location: 'Council Chamber, Town Hall',
      contact: null,
      status: 'held',
    });
    const label = standardLabel(period);
    const documentId = insertDocument(db, `Performance report ${label} (${date}).pdf`, meetingId);
    plans
      .filter((plan) => plan.committee === committee)
      .forEach((plan, row) => {
        const state = (at: Period, index: number, latest: boolean): void => {
          if (index >= plan.reportedQuarters) return;
          const restated = !latest && random() < RESTATED_SHARE;
          const count = plan.counts[index] ?? null;
          // Now and then a later pack repeats the figure with a different count behind it.
          const miscounted = !latest && !restated && count !== null && random() < MISCOUNTED_SHARE;
          const value = restated
            ? Number((plan.values[index]! * 1.04).toFixed(1))
            : plan.values[index]!;
          recordStatement(db, {
            indicatorId: plan.id,
            periodKey: at.key,
            periodLabel: standardLabel(at),
            periodStart: at.start,
            periodEnd: at.end,
            value,
            valueText: printed(value, plan.unit),
            count: miscounted ? count + 3 : count,
            target: null,
            rag: null,
            quartile: null,
            neighbourAverage: null,
            statedTrend: null,
            statedChange: null,
            kind: 'table',
            documentId,
            page: 8 + Math.floor(row / 10),
            lineFrom: 6 + (row % 10) * 2,
            lineTo: 6 + (row % 10) * 2,
            reportParagraphId: null,
            statedPeriodLabel: at.label,
            statedName: plan.name,
            ...(latest ? judgement(plan, index, random) : {}),
          });
        };
        if (previous) state(previous, q - 1, false);
        state(period, q, true);
      });
  });
  for (let q = 0; q < QUARTERS; q += 1) {
    for (let committee = 0; committee < COMMITTEES.length; committee += 1) filePack(q, committee);
  }
  const count = (table: string): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    committees: count('committee'),
    meetings: count('meeting'),
    documents: count('document'),
    indicators: count('indicator'),
    values: count('indicator_value'),
    statements: count('indicator_statement'),
    restatements: (
      db
        .prepare('SELECT count(*) AS n FROM indicator_statement WHERE is_restatement = 1')
        .get() as {
        n: number;
      }
    ).n,
  };
}
