/** The anonymous survey's tables (migration 016, docs/design/assessments-reports.md §3.1). */
export interface SurveyTables {
  survey_completions: SurveyCompletionsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
}

export interface SurveyCompletionsTable {
  wave_id: string;
  member_id: string;
  channel: 'phone' | 'paper';
  completed_at: number;
}

/** No member and no time: a released row says only which wave and what was answered. */
export interface SurveyResponsesTable {
  id: string;
  wave_id: string;
  program_id: string;
  instrument_id: string;
  instrument_version: number;
  score: number | null;
  source: 'phone' | 'paper';
  batch: number | null;
  request_id: string | null;
}

export interface SurveyAnswersTable {
  response_id: string;
  item_key: string;
  rating: number | null;
  text: string | null;
}
