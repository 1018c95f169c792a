import { Link, useLocation } from '@tanstack/react-router';

/** An address no route answers, inside the app's frame. */
export function NotFound() {
  const { pathname } = useLocation();
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{pathname}</code>. <Link to="/">Go to your board</Link>.
      </p>
    </div>
  );
}
