import { afterEach, describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { signInAs } from '../../../../tests/fixtures/admin-fixtures';
import { NAV } from '../../routes';
import { NavRail } from '../../ui/nav-rail';

afterEach(() => localStorage.clear());

describe('the navigation rail', () => {
  test('an associate does not see the manager jobs', () => {
    signInAs('associate');
    renderApp(<NavRail items={NAV} />);
    expect(screen.getByRole('link', { name: /找会员/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /员工/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /审计日志/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /导出/ })).not.toBeInTheDocument();
  });

  test('a manager sees staff, audit log and export', () => {
    signInAs('manager');
    renderApp(<NavRail items={NAV} />);
    expect(screen.getByRole('link', { name: /员工/ })).toHaveAttribute('href', '/staff');
    expect(screen.getByRole('link', { name: /审计日志/ })).toHaveAttribute('href', '/audit');
    expect(screen.getByRole('link', { name: /导出/ })).toHaveAttribute('href', '/export');
  });

  test('an owner sees the stores page of head office; a manager does not', () => {
    signInAs('manager');
    const { unmount } = renderApp(<NavRail items={NAV} />);
    expect(screen.queryByRole('link', { name: /门店/ })).not.toBeInTheDocument();
    unmount();
    signInAs('owner');
    renderApp(<NavRail items={NAV} />);
    expect(screen.getByRole('link', { name: /门店/ })).toHaveAttribute('href', '/stores');
  });
});
