/**
 * Demo accounts, seeded only outside production (the seed refuses to create them there). The passwords are in the
 * README on purpose: they protect nothing but sample data on a developer's machine.
 */
export const DEMO_PASSWORD = 'demo-password-change-me';

export const demoUsers = [
  { email: 'admin@bfp.example', name: 'Demo Admin', role: 'admin' as const },
  { email: 'editor@bfp.example', name: 'Demo Marketing Editor', role: 'editor' as const },
  {
    email: 'staffordshire@bfp.example',
    name: 'Demo Staffordshire Team',
    role: 'partner-staff' as const,
    partnerSlug: 'staffordshire',
  },
  { email: 'dudley@bfp.example', name: 'Demo Dudley Team', role: 'partner-staff' as const, partnerSlug: 'dudley' },
];
