/** What an opening card shows until its code and data arrive: as tall as a card, so the dialog does not jump. */
export const CardLoading = () => <p className="card-dialog-loading">Loading the card…</p>;
