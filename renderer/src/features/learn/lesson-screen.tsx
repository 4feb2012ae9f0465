/**
 * Owns one lesson's page (#/learn/<id>): the lesson at a readable line
 * length, the routines and muscle pages it leads to, its sources, and the
 * way to the previous and next lesson.
 */
import {
  LESSONS,
  getLesson,
  lessonNeighbours,
  readingMinutes,
  warningSignsFor,
  WORKSTATION_CHECK_PAGE,
  type LessonBlock,
} from '@common/domain/lessons';
import { getMuscle, getRoutine } from '@common/domain/atlas';

function BackToLearn() {
  return (
    <a className="back-link" href="#/learn">
      ← Learn
    </a>
  );
}

export function LessonScreen({ lessonId }: { lessonId: string }) {
  const lesson = getLesson(lessonId);
  if (!lesson) {
    return (
      <>
        <div className="page-header">
          <div>
            <BackToLearn />
            <h1 tabIndex={-1}>We could not find that lesson</h1>
          </div>
        </div>
        <section className="card">
          <div className="empty">
            <strong>There is no lesson called “{lessonId}”.</strong>
            The link may be out of date. <a href="#/learn">See all lessons</a>
          </div>
        </section>
      </>
    );
  }

  const position = LESSONS.indexOf(lesson) + 1;
  const { previous, next } = lessonNeighbours(lesson.id);
  const routines = lesson.routines.flatMap((id) => getRoutine(id) ?? []);
  const muscles = lesson.muscles.flatMap((id) => getMuscle(id) ?? []);
  const hasPractice = routines.length > 0 || muscles.length > 0 || lesson.workstationCheck;

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson-header">
        <BackToLearn />
        <p className="lesson-meta">
          Lesson {position} of {LESSONS.length} · {readingMinutes(lesson)} min read
        </p>
        <h1 id="lesson-title" tabIndex={-1}>
          {lesson.title}
        </h1>
        <p className="lesson-lead">{lesson.summary}</p>
      </header>

      <div className="lesson-body">
        {lesson.body.map((block, i) => (
          <Block key={i} block={block} />
        ))}
      </div>

      {hasPractice && (
        <section className="lesson-practice" aria-labelledby="practice-title">
          <h2 id="practice-title">Put it into practice</h2>
          {routines.length > 0 && (
            <>
              <h3>Routines</h3>
              <ul className="lesson-links">
                {routines.map((r) => (
                  <li key={r.id}>
                    <a href={`#/routines/play/${r.id}`}>{r.title}</a>
                    <span className="hint"> · {r.summary}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {muscles.length > 0 && (
            <>
              <h3>Muscles</h3>
              <ul className="lesson-links lesson-muscles">
                {muscles.map((m) => (
                  <li key={m.id}>
                    <a href={`#/routines/muscle/${m.id}`}>{m.name}</a>
                    <span className="hint"> · {m.plainName}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {lesson.workstationCheck && (
            <p>
              <a className="button" href={`#/learn/${WORKSTATION_CHECK_PAGE}`}>
                Do the workstation check
              </a>
            </p>
          )}
        </section>
      )}

      <section className="lesson-sources" aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <ol>
          {lesson.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>

      <nav className="lesson-nav" aria-label="More lessons">
        {previous ? (
          <a className="lesson-nav-link previous" href={`#/learn/${previous.id}`}>
            <span className="hint">Previous</span>
            <span>← {previous.title}</span>
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a className="lesson-nav-link next" href={`#/learn/${next.id}`}>
            <span className="hint">Next</span>
            <span>{next.title} →</span>
          </a>
        ) : (
          <a className="lesson-nav-link next" href="#/learn">
            <span className="hint">That’s all of them</span>
            <span>Back to all lessons</span>
          </a>
        )}
      </nav>
    </article>
  );
}

function Block({ block }: { block: LessonBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'text':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'steps':
      return (
        <ol className="lesson-steps">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      );
    case 'warning-signs':
      return (
        <ul className={`lesson-warning-signs tier-${block.tier}`} data-tier={block.tier}>
          {warningSignsFor(block).map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      );
  }
}
