import { useState, type FormEvent } from 'react';
import { FOSTERLINE_PHONE, routePostcode, type PostcodeRoute } from '@bfp/eligibility';
import { ErrorMessage, ErrorSummary } from './ErrorSummary.tsx';
import { useErrorInPageTitle } from './usePageTitle.ts';

export interface FinderCouncil {
  slug: string;
  name: string;
  /** The council's own site, e.g. https://fostering.example.gov.uk/. */
  siteUrl: string;
  postcodeDistricts: readonly string[];
}

/**
 * The partnership site's "find your local team" box: routes a postcode to the council that covers it (the same
 * routing the CMS uses to attribute enquiries) and takes the visitor there. A postcode outside every council's area
 * gets a helpful answer, never an error page.
 */
export function PostcodeFinder({ councils }: { councils: FinderCouncil[] }) {
  const [postcode, setPostcode] = useState('');
  const [route, setRoute] = useState<PostcodeRoute<FinderCouncil> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const invalid = route?.kind === 'invalid';
  useErrorInPageTitle(invalid);
  const message = postcode.trim() ? 'Enter a real UK postcode, like ST16 3AA' : 'Enter your postcode';

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = routePostcode(postcode, councils);
    setRoute(next);
    setAttempt((n) => n + 1);
    if (next.kind === 'partner') window.location.assign(next.partner.siteUrl);
  }

  return (
    <div className="postcode-finder">
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={invalid ? [{ fieldId: 'finder-postcode', message }] : []} focusKey={attempt} />
        <div className={`form-group${invalid ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="finder-postcode">
            Your postcode
          </label>
          <p className="hint" id="finder-postcode-hint">
            We will take you to the fostering team for where you live. For example, ST16 3AA.
          </p>
          <ErrorMessage id="finder-postcode-error" message={invalid ? message : undefined} />
          <input
            className="input input--postcode"
            id="finder-postcode"
            name="postcode"
            type="text"
            autoComplete="postal-code"
            spellCheck={false}
            aria-describedby={`finder-postcode-hint${invalid ? ' finder-postcode-error' : ''}`}
            aria-invalid={invalid || undefined}
            value={postcode}
            onChange={(event) => setPostcode(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Find my local team
        </button>
      </form>
      <div aria-live="polite">
        {route?.kind === 'partner' && (
          <p className="finder-result" data-testid="finder-result">
            {route.partner.name} covers {route.district}. Taking you to <a href={route.partner.siteUrl}>their fostering site</a>…
          </p>
        )}
        {route?.kind === 'outside' && (
          <div className="finder-result" data-testid="finder-result">
            <p>No council in the partnership covers {route.district} yet, but you can still foster.</p>
            {route.nearest && (
              <p>
                The nearest partner is <a href={route.nearest.siteUrl}>{route.nearest.name}</a>.
              </p>
            )}
            <p>
              Call Fosterline free on {FOSTERLINE_PHONE} to find fostering services near you, or <a href="/check/">check if you could foster</a> and
              the National Fostering Group will call you back.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
