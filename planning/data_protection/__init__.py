"""Data protection: lawful basis and consent, transfers to partners, retention, subject access.

- `consent`: consent and other lawful bases per person and purpose; sharing with a partner is
  refused without one covering the purpose, and every transfer is registered and audited.
- `retention`: closed cases anonymised after a configurable period, keeping statistics only.
- `subject_access`: everything held on a person, as JSON and as a verifiable PDF.
"""

from planning.data_protection import texts as texts
