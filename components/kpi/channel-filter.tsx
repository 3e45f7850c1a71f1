import { channelName, scorecardStrings as s } from './strings';
import { CHANNELS, useScorecardStore } from './scorecard-store';
import { SegmentedControl } from './segmented-control';

/** All / X / LinkedIn / Facebook, bound to the scorecard store. */
export function ChannelFilter() {
  const channel = useScorecardStore((state) => state.channel);
  const setChannel = useScorecardStore((state) => state.setChannel);
  return (
    <SegmentedControl
      legend={s.channelLabel}
      options={CHANNELS.map((site) => ({ value: site, label: channelName(site) }))}
      value={channel}
      onChange={setChannel}
    />
  );
}
