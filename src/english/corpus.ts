/**
 * Examples for the English rules, per kind: each positive is [input, expected partial fact];
 * each negative is an input that must yield no fact of that kind. Run through the public
 * `extract(text, { language: 'en', releaseDate: CORPUS_RELEASE_DATE })` by test/english/kinds.test.ts.
 */
export const CORPUS_RELEASE_DATE = '2024-04-25';

type Partial = Record<string, unknown>;
export interface KindCorpus {
  positive: ReadonlyArray<readonly [string, Partial]>;
  negative: readonly string[];
}

export const ENGLISH_CORPUS: Readonly<Record<string, KindCorpus>> = {
  money: {
    positive: [
      ['The company raised $40 million in new funding.', { amount: 40e6, currency: 'USD', qualifier: 'exact', metric: 'funding', text: '$40 million' }],
      ['Operating profit fell to EUR 12.5m.', { amount: 12.5e6, currency: 'EUR', metric: 'profit', text: 'EUR 12.5m' }],
      ['The order backlog reached €1.2bn at the end of March.', { amount: 1.2e9, currency: 'EUR', text: '€1.2bn' }],
      ['It signed a USD 3 billion supply agreement.', { amount: 3e9, currency: 'USD', text: 'USD 3 billion' }],
      ['The charity received a grant of £2.5 million.', { amount: 2.5e6, currency: 'GBP', metric: 'funding', text: '£2.5 million' }],
      ['Revenue was about $18.5 million in 2016.', { amount: 18.5e6, currency: 'USD', qualifier: 'approx', metric: 'revenue', year: 2016 }],
      ['Total funding now stands at more than $95 million.', { amount: 95e6, qualifier: 'more_than' }],
      ['The group will invest up to €45 million in the plant.', { amount: 45e6, qualifier: 'at_most', metric: 'investment' }],
      ['The project will cost at least £7 million.', { amount: 7e6, qualifier: 'at_least', metric: 'cost' }],
      ['The deal is worth nearly $2 billion.', { amount: 2e9, qualifier: 'almost' }],
      ['Each unit sells for less than $500.', { amount: 500, qualifier: 'less_than' }],
      ['The company expects revenue of between €870 million and €900 million this year.', { amount: 870e6, max: 900e6, currency: 'EUR', metric: 'revenue', year: 2024 }],
      ['The budget of 40 million euros was approved.', { amount: 40e6, currency: 'EUR', metric: 'budget' }],
      ['It posted a net loss of $21.3 million in 2023.', { amount: 21.3e6, metric: 'loss', year: 2023 }],
      ['Guidance is $10-12 million for the year.', { amount: 10e6, max: 12e6, currency: 'USD' }],
    ],
    negative: [
      'The company has 40 million users.',
      'Revenue grew 12 percent.',
      'The plant is 120 metres long and opened in 2019.',
      'Call +1 617 555 0142 for details.',
    ],
  },
  percentages: {
    positive: [
      ['Sales rose 12.5% in the quarter.', { value: 12.5, unit: 'percent', qualifier: 'exact' }],
      ['Margins improved by 2.1 percentage points.', { value: 2.1, unit: 'percentage_points' }],
      ['The share price fell nearly 6 percent.', { value: 6, qualifier: 'almost' }],
      ['Costs are some 60 per cent lower.', { value: 60, qualifier: 'approx', unit: 'percent' }],
      ['Rents are set at no more than 80 percent of market rates.', { value: 80, qualifier: 'at_most' }],
      ['Sales should grow by at least 50 percent.', { value: 50, qualifier: 'at_least' }],
      ['Less than 10 per cent of packaging is recycled.', { value: 10, qualifier: 'less_than' }],
      ['Growth of 5-7% is expected.', { value: 5, max: 7, unit: 'percent' }],
      ['The bank raised rates by 50 basis points.', { value: 0.5, unit: 'percentage_points' }],
    ],
    negative: ['The company was founded in 2012 and employs staff in Boston.', 'Percent signs alone: %.'],
  },
  headcounts: {
    positive: [
      ['The company employs 270 people at its headquarters.', { count: 270, kind: 'employees', qualifier: 'exact' }],
      ['It will create 200 new jobs in Ohio.', { count: 200, kind: 'jobs', change: 'increase' }],
      ['Kestrel will cut 425 positions at the plant.', { count: 425, kind: 'jobs', change: 'decrease' }],
      ['The firm plans to hire about 150 engineers.', { count: 150, kind: 'jobs', change: 'increase', qualifier: 'approx' }],
      ['It has 45 staff.', { count: 45, kind: 'employees' }],
      ['The club has 1,250 members.', { count: 1250, kind: 'members' }],
      ['The group employs more than 1,400 people.', { count: 1400, kind: 'employees', qualifier: 'more_than' }],
      ['It will train all 340 of its marine employees.', { count: 340, kind: 'employees' }],
    ],
    negative: ['The centre will treat 3,000 patients a year.', 'More than 35 million adults are affected.', 'The park has 36 towns nearby.'],
  },
  quantities: {
    positive: [
      ['The trust opened 180 affordable homes.', { value: 180, category: 'count', unit: 'affordable homes' }],
      ['The city has a population of about 270,000.', { value: 270000, category: 'population', qualifier: 'approx' }],
      ['The turbines generate up to 12 megawatts.', { value: 12, category: 'other', qualifier: 'at_most' }],
      ['The lab covers 32,000 square feet.', { value: 32000, category: 'area' }],
      ['More than 35 million adults are affected.', { value: 35e6, qualifier: 'more_than' }],
      ['The firm runs nine plants.', { value: 9, category: 'count' }],
      ['It looked at over 40 recycling start-ups.', { value: 40, qualifier: 'more_than' }],
      ['The town has 12,000 residents.', { value: 12000, category: 'population' }],
    ],
    negative: ['The project took 22 months.', 'It is a Phase 2 trial of HLX-201.', 'The call starts at 9:00 a.m.', 'It was one of the best years.'],
  },
  years: {
    positive: [
      ['Revenue grew in 2016.', { year: 2016 }],
      ['The company was founded in 1954.', { year: 1954 }],
      ['Revenue reached €790 million in fiscal 2023.', { year: 2023, text: '2023' }],
      ['Sales doubled this year.', { year: 2024, relative: true, text: 'this year' }],
      ['It received 300 applications last year.', { year: 2023, relative: true }],
      ['Two more sites will follow next year.', { year: 2025, relative: true }],
      ['The outlook for FY2025 is strong.', { year: 2025 }],
    ],
    negative: ['The company has 2000 employees.', 'The plan is called Vision 2030 and is ambitious.', 'It costs $2024 per unit.', 'It is certified under ISO 27001.'],
  },
  dates: {
    positive: [
      ['The deal closed on March 16, 2017.', { value: '2017-03-16', precision: 'day' }],
      ['It will report on 16 March 2017.', { value: '2017-03-16', precision: 'day' }],
      ['The meeting is on Jan. 9, 2024.', { value: '2024-01-09', precision: 'day' }],
      ['Sales rose in Q1 2024.', { value: '2024-Q1', precision: 'quarter' }],
      ['Deliveries start in the first quarter of 2026.', { value: '2026-Q1', precision: 'quarter' }],
      ['Data is expected in the first half of 2026.', { value: '2026-H1', precision: 'half' }],
      ['The loss in H1 2024 was smaller.', { value: '2024-H1', precision: 'half' }],
      ['The plant opens in spring 2023.', { value: '2023-SP', precision: 'season' }],
      ['The work will be done by the end of 2018.', { value: '2018', precision: 'year', modifier: 'end', text: 'end of 2018' }],
      ['A larger round is planned for early 2024.', { value: '2024', precision: 'year', modifier: 'start' }],
      ['The grant was approved in March.', { value: '2024-03', precision: 'month', relative: true }],
      ['Debt has fallen since December.', { value: '2023-12', precision: 'month' }],
      ['Prices rose in March 2017.', { value: '2017-03', precision: 'month' }],
      ['The filing is dated 2017-03-16.', { value: '2017-03-16', precision: 'day' }],
    ],
    negative: ['You may apply now.', 'The march was peaceful.', 'It has 2,000 employees.'],
  },
  release: {
    positive: [
      ['BOSTON, March 16, 2017 /PRNewswire/ -- Acme Robotics Inc. today announced a new factory in Lowell.', { date: '2017-03-16', place: 'Boston', source: 'PRNewswire' }],
      ['SAN FRANCISCO, Jan. 9, 2024 (GLOBE NEWSWIRE) -- Helixa Therapeutics, Inc. today announced the closing of its financing.', { date: '2024-01-09', place: 'San Francisco', source: 'GLOBE NEWSWIRE' }],
      ['LONDON, 5 June 2023 -- Solent Tidal Power Ltd has been awarded a grant for a pilot array.', { date: '2023-06-05', place: 'London' }],
      ['ATLANTA--(BUSINESS WIRE)--Peachtree Logistics Corp. today reported results for the fourth quarter of the year.', { place: 'Atlanta', source: 'BUSINESS WIRE' }],
    ],
    negative: [],
  },
  persons: {
    positive: [
      ['"We are thrilled with the result," said CEO Jane Doe of the company.', { name: 'Jane Doe', roles: ['CEO'] }],
      ['Maria Alvarez, chief executive officer of Northwind Robotics, said the plan was sound.', { name: 'Maria Alvarez', roles: ['chief executive officer'], organization: 'Northwind Robotics' }],
      ['The deal was signed by Dr. Fiona Marsh, managing director of the firm.', { name: 'Fiona Marsh', title: 'Dr.', roles: ['managing director'] }],
      ['Priya Raman, Ph.D., President and CEO of Helixa, led the round.', { name: 'Priya Raman', roles: ['President', 'CEO'] }],
      ['Its general manager, Carla Mendes, said the turbines would help.', { name: 'Carla Mendes', roles: ['general manager'] }],
      ['Works council chairwoman Sabine Roth criticised the plan.', { name: 'Sabine Roth', roles: ['Works council chairwoman'] }],
    ],
    negative: ['Northwind Robotics Inc. builds forklifts in Boston.', 'The Series C round was led by Harbor Peak Capital LLC.'],
  },
  organizations: {
    positive: [
      ['The round was led by Harbor Peak Capital LLC and others.', { name: 'Harbor Peak Capital', legalForm: 'LLC' }],
      ['Kestrel Automotive AG supplies brake systems.', { name: 'Kestrel Automotive', legalForm: 'AG' }],
      ['Corrib Foods plc reported its results.', { name: 'Corrib Foods', legalForm: 'PLC' }],
      ['The money came from the Clean Seas Innovation Fund this spring.', { name: 'Clean Seas Innovation Fund' }],
      ['Helixa Therapeutics, Inc. is based in California.', { name: 'Helixa Therapeutics', legalForm: 'Inc.' }],
    ],
    negative: ['The company said it would hire more staff.'],
  },
  locations: {
    positive: [
      ['The company will open a factory in Lowell, Massachusetts, next year.', { name: 'Lowell' }],
      ['The company will open a factory in Lowell, Massachusetts, next year.', { name: 'Massachusetts' }],
      ['It has offices in Atlanta and Charlotte.', { name: 'Charlotte' }],
      ['The pilot array lies off the Isle of Wight.', { name: 'Isle of Wight' }],
    ],
    negative: ['The round closed in Series C funding.', 'It bought ferries from Norwegian shipbuilders.', 'Sales rose in March.'],
  },
  quotes: {
    positive: [
      ['"Warehouses are under enormous pressure to deliver faster," said Maria Alvarez, chief executive officer of Northwind.', { quote: 'Warehouses are under enormous pressure to deliver faster,', speaker: 'Maria Alvarez' }],
      ['Daniel Okafor joined the board. "Northwind has the strongest order book we have seen," Okafor said.', { speaker: 'Daniel Okafor' }],
      ['Tom Hargreaves, head of the fund, praised the team. "Solent Tidal stood out for its engineering," he said.', { speaker: 'Tom Hargreaves' }],
    ],
    negative: ['The product is called "Blue Star" in Europe.'],
  },
};
