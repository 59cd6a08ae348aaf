// Entry points for the pages: the dashboard mounts CampaignsPanel; post rows (popup, dashboard)
// mount AddToCampaign.
export { AddToCampaign } from './add-to-campaign';
export { CampaignsPanel, type CampaignsPanelProps } from './campaigns-panel';
