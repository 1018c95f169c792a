/** What each chart measures, one sentence each, in the words of PRODUCT.md §5 ("Flow metrics"). */
export const DEFINITIONS = {
  cumulativeFlow:
    'For each day and each column, the number of items whose date for that column is on or before that day: items that reached that column or a later one, so every band only rises.',
  workInProgress: 'Work in progress on a day is the number of items past the commitment point that day less the number in the done column.',
  netFlow: 'Net flow of a day is its arrivals at the commitment point less its departures into the done column.',
  cycleTimeScatter:
    'Each dot is an item finished in the range, at its finish date and its cycle time (finish − start in whole days, plus 1 when counted inclusively), under the 50th, 70th, 85th and 95th percentiles.',
  cycleTimeHistogram: 'Finished items per whole-day cycle time, zero-filled from 0 to the largest, with the 50th, 70th, 85th and 95th percentiles marked.',
  dailyThroughput: 'Throughput is the number of items finished per day, zero-filled from the first to the last finish date, or over the chosen range.',
  weeklyThroughput: 'Weekly throughput sums the daily throughput over ISO weeks, Monday to Sunday, each labelled by its Monday.',
  aging:
    'Work item age of a started, unfinished item is today − start (plus 1 when counted inclusively), shown above the last column it has a date for, against the cycle-time percentiles.',
  blockedTime:
    'A block counts when it was raised while the item was at or past the commitment point and not done; its blocked days run from its start date to its end date (an open block ends on the finish date, else today), summed here per reason.',
  flowEfficiency:
    'Flow efficiency of a finished item is its hours in active columns between start and finish less its blocked hours there, divided by its elapsed cycle-time hours; the overall line is the sum of those numerators over the sum of the denominators.',
  forecastWhen:
    'Each trial draws one day of throughput at a time, at random from the daily throughput of the recent days (as many as the run says it samples), starting the day after the last finish, until it reaches the number of items asked about; the date for a confidence of c% is the earliest by which at least c% of the trials had finished.',
  forecastHowMany:
    'Each trial adds up one random draw of daily throughput for each day from the day after the last finish to the chosen day; the count for a confidence of c% is the largest number that at least c% of the trials reached.',
  portfolioLoad: 'For each board, the items that finished in the range and its work in progress on the range’s last day.',
  portfolioPhases:
    'For each day, the items of every board that reached each phase or a later one: on a board at all, past its commitment point (in progress), and in its done column; boards differ in columns, so they meet in phases.',
  portfolioWorkInProgress: 'Each board’s work in progress of the day (past its own commitment point, not in its done column), added over the boards.',
  portfolioThroughput: 'Items finished per day on every board together, zero-filled over the chosen range.',
  portfolioCycleTime:
    'Each board’s cycle-time percentiles (linear interpolation between closest ranks), against the percentiles over every finished item of every board, which are not an average of the boards’.',
} as const;
