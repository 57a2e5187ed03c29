"""RQ jobs: Gmail sync, advice kept current, labels, weekly summary, drafts."""
