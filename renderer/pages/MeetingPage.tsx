// One meeting's page (#/meetings/12): the front sheet, agenda, performance questions, attendance,
// minutes, reports and documents, with a "Source: page N" button beside every imported fact.
import { useEffect } from 'react';
import { Loaded } from '../components/Loaded';
import { ExportBriefing } from '../components/briefing/ExportBriefing';
import { Agenda } from '../components/meeting/Agenda';
import { Attendance } from '../components/meeting/Attendance';
import { EarlierActions } from '../components/meeting/EarlierActions';
import { FrontSheet } from '../components/meeting/FrontSheet';
import { InPageLink } from '../components/meeting/InPageLink';
import { Minutes } from '../components/meeting/Minutes';
import { PerformanceQuestions } from '../components/meeting/PerformanceQuestions';
import { Reports } from '../components/meeting/Reports';
import { SourceDocuments } from '../components/meeting/SourceDocuments';
import { MyPreparation } from '../components/workspace/MyPreparation';
import { WorkspaceProvider } from '../components/workspace/workspace-context';
import { PageHeading } from '../components/PageHeading';
import { SourceViewer } from '../components/source/SourceViewer';
import { formatDate } from '../format';
import { useMeeting, type MeetingDetail } from '../hooks/use-meeting';
import { useImporter } from '../import/import-context';
import { sectionHref } from '../sections';

const parts: [string, string][] = [
  ['meeting-details', 'Meeting details'],
  ['my-preparation', 'My preparation'],
  ['agenda', 'Agenda'],
  ['earlier-actions', 'Actions from earlier meetings'],
  ['attendance', 'Attendance'],
  ['minutes', 'Minutes recorded for this meeting'],
  ['reports', 'Reports'],
  ['source-documents', 'Source documents'],
];

export const meetingTitle = (meeting: MeetingDetail): string =>
  `${meeting.committee}, ${formatDate(meeting.date)}`;

function MeetingContents({ meeting, refreshKey }: { meeting: MeetingDetail; refreshKey: number }) {
  return (
    <WorkspaceProvider meetingId={meeting.id} refreshKey={refreshKey}>
      <nav className="page-contents" aria-label="On this page">
        <h2 className="page-contents-title">On this page</h2>
        <ul>
          {parts.map(([id, label]) => (
            <li key={id}>
              <InPageLink target={id}>{label}</InPageLink>
            </li>
          ))}
        </ul>
      </nav>
      <FrontSheet meeting={meeting} />
      <MyPreparation meeting={meeting} />
      <Agenda meeting={meeting} />
      <EarlierActions meetingId={meeting.id} refreshKey={refreshKey} />
      <PerformanceQuestions meetingId={meeting.id} refreshKey={refreshKey} />
      <Attendance attendance={meeting.attendance} />
      <Minutes minutes={meeting.minutes} />
      <Reports reports={meeting.reports} />
      <SourceDocuments sources={meeting.sources} />
    </WorkspaceProvider>
  );
}

export function MeetingPage({ id }: { id: number }) {
  const generation = useImporter().generation;
  const { state, reload } = useMeeting(id, generation);
  const meeting = state.status === 'loaded' ? state.data : null;

  useEffect(() => {
    if (meeting) document.title = `${meetingTitle(meeting)} – Scrutineer`;
  }, [meeting]);

  return (
    <SourceViewer>
      <p className="back-link">
        <a href={sectionHref('meetings')}>All meetings</a>
      </p>
      {/* One heading element throughout, so focus put on it while loading stays on it. */}
      <PageHeading>{meeting ? meetingTitle(meeting) : 'Meeting'}</PageHeading>
      {meeting && <ExportBriefing meeting={meeting} />}
      <Loaded state={state} what="meeting" onRetry={reload}>
        {(loaded) => <MeetingContents meeting={loaded} refreshKey={generation} />}
      </Loaded>
    </SourceViewer>
  );
}
