/**
 * Owns the Learn section: its sub-pages (#/learn, #/learn/<lesson id>,
 * #/learn/workstation-check) and the list of lessons itself, in reading
 * order with their summaries and reading time, plus the way into the
 * workstation check.
 */
import { useRef } from 'react';
import { LESSONS, WORKSTATION_CHECK_PAGE, readingMinutes } from '@common/domain/lessons';
import { WORKSTATION_ITEMS } from '@common/domain/workstation';
import { useRouteParams } from '@renderer/lib/routes';
import { useSubPageFocus } from '@renderer/lib/use-sub-page-focus';
import { formatShortDate } from '@renderer/lib/dates';
import { useLatestWorkstationCheck } from './use-workstation-checks';
import { LessonScreen } from './lesson-screen';
import { WorkstationScreen } from './workstation-screen';
import './learn.css';

export function LearnScreen() {
  const params = useRouteParams();
  const key = params.join('/');
  const root = useRef<HTMLDivElement>(null);
  useSubPageFocus(key, root);

  const [page] = params;
  let content;
  if (page === WORKSTATION_CHECK_PAGE) content = <WorkstationScreen />;
  else if (page) content = <LessonScreen key={page} lessonId={page} />;
  else content = <LessonList />;
  return (
    <div className="learn-section" ref={root}>
      {content}
    </div>
  );
}

function LessonList() {
  const latest = useLatestWorkstationCheck();
  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Learn</h1>
          <p>Short lessons on what trigger points are and how to look after them. Each one fits on a screen.</p>
        </div>
      </div>

      <ol className="lesson-list" aria-label="Lessons">
        {LESSONS.map((lesson, i) => (
          <li key={lesson.id} className="lesson-item">
            <span className="lesson-number" aria-hidden="true">
              {i + 1}
            </span>
            <div>
              <h2 className="lesson-item-title">
                <a href={`#/learn/${lesson.id}`}>{lesson.title}</a>
              </h2>
              <p className="lesson-item-summary">{lesson.summary}</p>
              <p className="hint">{readingMinutes(lesson)} min read</p>
            </div>
          </li>
        ))}
      </ol>

      <section className="card workstation-teaser" aria-labelledby="workstation-teaser-title">
        <h2 id="workstation-teaser-title">Workstation check</h2>
        <p>
          {WORKSTATION_ITEMS.length} quick questions about your desk and habits. Each answer shows which muscles it
          keeps busy, with their release routines and what to change.
        </p>
        {latest.check && <p className="hint">Last done: {formatShortDate(latest.check.localDate)}.</p>}
        {latest.error && (
          <p className="alert error" role="alert">
            Could not load your last check: {latest.error}
          </p>
        )}
        <a className="button primary" href={`#/learn/${WORKSTATION_CHECK_PAGE}`}>
          {latest.check ? 'See or redo your workstation check' : 'Start the workstation check'}
        </a>
      </section>
    </>
  );
}
