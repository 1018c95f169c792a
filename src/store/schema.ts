import type { Generated } from 'kysely';

/**
 * One schema for SQLite and PostgreSQL. Portable column types only: ISO-8601 text for instants,
 * integers 0/1 for flags, text holding JSON for structured fields.
 */
export type Database = {
  instance_settings: { key: string; value: string };
  users: {
    id: string;
    email: string;
    name: string;
    password_hash: string | null;
    is_admin: number;
    /** 0 once deactivated: no sign-in, no sessions, no tokens; the history stays. */
    active: Generated<number>;
    created_at: string;
    version: number;
  };
  invitations: {
    id: string;
    token_hash: string;
    email: string;
    name: string | null;
    portfolio_id: string | null;
    /** JSON array of role keys of the portfolio. */
    roles: string;
    invited_by: string;
    created_at: string;
    expires_at: string;
    accepted_at: string | null;
    accepted_by: string | null;
    revoked_at: string | null;
    revoked_by: string | null;
  };
  password_resets: {
    id: string;
    token_hash: string;
    user_id: string;
    created_by: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
  sessions: { id: string; user_id: string; created_at: string; expires_at: string };
  user_identities: { issuer: string; subject: string; user_id: string; created_at: string };
  api_tokens: {
    id: string;
    user_id: string;
    name: string;
    token_hash: string;
    created_at: string;
    last_used_at: string | null;
  };
  portfolios: {
    id: string;
    name: string;
    template: string;
    item_key_prefix: string;
    next_item_number: number;
    archived: number;
    created_at: string;
    version: number;
    /** A hidden portfolio holding an import being written: the portfolio it is for (null for every real portfolio). */
    staging_for: string | null;
    staging_runner: string | null;
    staging_heartbeat_at: string | null;
  };
  roles: {
    portfolio_id: string;
    key: string;
    name: string;
    description: string;
    capabilities: string;
    version: number;
    /** What holders of the role decide, do and answer for. */
    guidelines: Generated<string>;
  };
  memberships: { portfolio_id: string; user_id: string; role_key: string; created_at: string };
  boards: {
    id: string;
    portfolio_id: string;
    name: string;
    template: string;
    committed_column_id: string | null;
    time_zone: string;
    cycle_time_counting: string;
    created_at: string;
    version: number;
    event_seq: Generated<number>;
  };
  board_events: {
    board_id: string;
    seq: number;
    type: string;
    item_id: string | null;
    at: string;
    actor_id: string | null;
    data: string;
  };
  columns: {
    id: string;
    board_id: string;
    key: string;
    name: string;
    kind: string;
    position: number;
    wip_limit: number | null;
    policy: string;
    exit_criteria: string;
    gate: number;
    responsibility: string;
    version: number;
  };
  swimlanes: {
    id: string;
    board_id: string;
    name: string;
    kind: string;
    value: string;
    position: number;
    version: number;
  };
  items: {
    id: string;
    portfolio_id: string;
    board_id: string;
    column_id: string;
    key: string;
    rank: string;
    title: string;
    description: string;
    owner_id: string | null;
    assignee_ids: string;
    tags: string;
    class_of_service: string;
    themes: string;
    value_stream: string | null;
    due_date: string | null;
    wsjf: string;
    hypothesis: string;
    business_case: string;
    parent_id: string | null;
    depends_on: string;
    checked_criteria: string;
    entered_column_at: string;
    created_at: string;
    created_by: string | null;
    updated_at: string;
    version: number;
    /** "idea" for an item proposed as an idea (PRODUCT.md §11), else null. */
    source: string | null;
    /** The member who proposed the idea; a guest's idea has its submitter in idea_guests. */
    submitted_by: string | null;
    /** The name a guest gave with their idea. */
    submitted_by_guest: string | null;
    votes: Generated<number>;
    followers: Generated<number>;
    /** Set when the item was declined or merged: it is then off its board. */
    closed_at: string | null;
    /** declined or merged. */
    closed_as: string | null;
    closed_by: string | null;
    close_reason: string | null;
    merged_into_id: string | null;
  };
  item_votes: { item_id: string; user_id: string; created_at: string };
  item_followers: { item_id: string; user_id: string; created_at: string };
  intake_links: {
    id: string;
    portfolio_id: string;
    board_id: string;
    label: string;
    token: string;
    expires_at: string | null;
    created_by: string | null;
    created_at: string;
    revoked_at: string | null;
    revoked_by: string | null;
  };
  idea_guests: {
    id: string;
    item_id: string;
    intake_link_id: string;
    name: string;
    email: string;
    address: string;
    follow_token_hash: string;
    created_at: string;
  };
  guest_mails: {
    id: string;
    guest_id: string;
    message: string;
    created_at: string;
    /** pending, sending, sent or failed. */
    email_state: Generated<string>;
  };
  transitions: {
    id: string;
    item_id: string;
    board_id: string;
    from_column_id: string | null;
    to_column_id: string;
    at: string;
    actor_id: string | null;
    reason: string | null;
    override: number;
  };
  block_periods: {
    id: string;
    item_id: string;
    board_id: string;
    from_at: string;
    to_at: string | null;
    reason: string;
    blocked_by: string | null;
    resolver_id: string | null;
    cleared_by: string | null;
    clear_note: string | null;
  };
  comments: {
    id: string;
    item_id: string;
    author_id: string;
    body: string;
    created_at: string;
    updated_at: string;
    version: number;
    /** User ids the body mentions (JSON array). */
    mentions: Generated<string>;
  };
  themes: {
    id: string;
    portfolio_id: string;
    name: string;
    description: string;
    objective: string;
    key_results: string;
    target_share: number | null;
    starts_on: string | null;
    ends_on: string | null;
    owner_id: string | null;
    created_at: string;
    updated_at: string;
    version: number;
  };
  value_streams: {
    id: string;
    portfolio_id: string;
    name: string;
    description: string;
    budget: string | null;
    target_share: number | null;
    owner_id: string | null;
    created_at: string;
    updated_at: string;
    version: number;
  };
  wsjf_scores: {
    id: string;
    item_id: string;
    at: string;
    actor_id: string | null;
    user_business_value: number | null;
    time_criticality: number | null;
    risk_reduction: number | null;
    job_size: number | null;
  };
  audit_events: {
    seq: Generated<number>;
    id: string;
    portfolio_id: string | null;
    actor_id: string | null;
    entity_type: string;
    entity_id: string;
    action: string;
    before: string | null;
    after: string | null;
    reason: string | null;
    at: string;
    /** The item the event concerns, if any: lets the log be read per item. */
    item_id: string | null;
  };
  delegations: {
    id: string;
    portfolio_id: string;
    role_key: string;
    from_user_id: string;
    to_user_id: string;
    until: string;
    reason: string | null;
    created_at: string;
    revoked_at: string | null;
    revoked_by: string | null;
  };
  approval_requests: {
    id: string;
    portfolio_id: string;
    board_id: string;
    item_id: string;
    from_column_id: string;
    column_id: string;
    gate_column_id: string;
    requested_by: string | null;
    note: string | null;
    status: string;
    created_at: string;
    decided_at: string | null;
    decision_id: string | null;
  };
  decisions: {
    id: string;
    portfolio_id: string;
    board_id: string;
    item_id: string;
    item_key: string;
    item_title: string;
    request_id: string | null;
    kind: string;
    rationale: string;
    evidence: string;
    column_id: string;
    moved_to_column_id: string | null;
    decided_by: string | null;
    decided_at: string;
    review_id: string | null;
    /** The delegator whose handed-over role let `decided_by` decide; null when their own roles did. */
    on_behalf_of: string | null;
  };
  column_policy_versions: {
    id: string;
    portfolio_id: string;
    board_id: string;
    column_id: string;
    column_version: number;
    changed_by: string | null;
    changed_at: string;
    reason: string | null;
    changes: string;
    policy: string;
  };
  notifications: {
    id: string;
    user_id: string;
    portfolio_id: string | null;
    board_id: string | null;
    item_id: string | null;
    kind: string;
    actor_id: string | null;
    message: string;
    data: string;
    created_at: string;
    read_at: string | null;
    /** pending, sending, sent or failed: the e-mail outbox. */
    email_state: Generated<string>;
  };
  webhooks: {
    id: string;
    portfolio_id: string;
    url: string;
    /** JSON array of event types, or ["*"]. */
    events: string;
    format: string;
    secret: string;
    created_by: string | null;
    created_at: string;
    paused_at: string | null;
    failures_in_a_row: Generated<number>;
    version: Generated<number>;
  };
  webhook_deliveries: {
    id: string;
    webhook_id: string;
    event_type: string;
    body: string;
    /** pending, sending, delivered or failed. */
    state: string;
    attempts: Generated<number>;
    next_attempt_at: string;
    claimed_until: string | null;
    created_at: string;
  };
  webhook_attempts: {
    id: string;
    delivery_id: string;
    at: string;
    status_code: number | null;
    duration_ms: number;
    error: string | null;
  };
  import_jobs: {
    id: string;
    portfolio_id: string;
    format: string;
    /** queued, running, succeeded or failed. */
    state: string;
    processed: number;
    total: number;
    board_id: string | null;
    /** JSON: the import report, once the file is read. */
    report: string | null;
    /** JSON: the field errors of a failed job. */
    errors: string | null;
    runner: string;
    heartbeat_at: string;
    created_by: string | null;
    created_at: string;
    finished_at: string | null;
  };
  reviews: {
    id: string;
    portfolio_id: string;
    title: string;
    facilitator_id: string | null;
    started_at: string;
    closed_at: string | null;
    agenda_built_at: string;
    position_entry_id: string | null;
    version: Generated<number>;
  };
  review_entries: {
    id: string;
    review_id: string;
    position: number;
    section: string;
    subject: string;
    /** The agenda entry as the domain worded it (JSON). */
    content: string;
    resolved_at: string | null;
    note: string | null;
    noted_by: string | null;
    noted_at: string | null;
  };
  review_attendees: {
    review_id: string;
    user_id: string;
    joined_at: string;
  };
  review_actions: {
    id: string;
    portfolio_id: string;
    review_id: string;
    entry_id: string | null;
    title: string;
    owner_id: string | null;
    due_date: string | null;
    item_id: string | null;
    created_by: string | null;
    created_at: string;
    done_at: string | null;
    done_by: string | null;
    version: Generated<number>;
  };
  review_cadences: {
    portfolio_id: string;
    frequency: string;
    weekday: number;
    starts_on: string;
    updated_by: string | null;
    updated_at: string;
    version: Generated<number>;
  };
  review_reminders: {
    portfolio_id: string;
    meeting_date: string;
    sent_at: string;
  };
};
