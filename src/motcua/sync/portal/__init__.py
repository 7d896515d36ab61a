"""The National Public Service Portal (DVCQG): payload mapping, snapshots, client and simulator."""
