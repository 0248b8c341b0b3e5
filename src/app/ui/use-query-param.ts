import { useLocation, useNavigate } from 'react-router';

/**
 * One parameter of the page's query (`?staff=…`), and a way to change it in place. Built on
 * hooks the first screen already loads: react-router's `useSearchParams` would add its code to
 * the router chunk every screen carries (decision 0003).
 */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const set = (value: string | null) => {
    const params = new URLSearchParams(search);
    if (value === null) params.delete(name);
    else params.set(name, value);
    const query = params.toString();
    void navigate({ search: query === '' ? '' : `?${query}` }, { replace: true });
  };
  return [new URLSearchParams(search).get(name), set];
}
