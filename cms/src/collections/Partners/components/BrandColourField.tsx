'use client';
import type { ChangeEvent } from 'react';
import type { TextFieldClientComponent } from 'payload';
import { Button, TextInput, useField } from '@payloadcms/ui';
import { checkBrandColour, isHexColour, type Brand } from '@bfp/brand';
import styles from './BrandColourField.module.css';

function Swatch({ colour }: { colour: string }) {
  // Decoration: the hex code beside it says the same thing in words.
  return <span className={styles.swatch} style={{ backgroundColor: colour }} data-swatch={colour} aria-hidden="true" />;
}

/**
 * A brand colour as text, with the CMS's contrast refusal written out in full below it (Payload's own error is a
 * one-line tooltip that cut the message off before the suggested shade), a swatch of that shade and a button that
 * puts it in the field. The suggestion comes from the same rule the validation uses (@bfp/brand), so the shade
 * offered is the one the save will accept.
 */
export const BrandColourField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { path, value, setValue, showError, errorMessage, disabled } = useField<string>({
    potentiallyStalePath: pathFromProps,
  });
  const failure = checkBrandColour(field.name as keyof Brand, value);
  const suggestion = failure?.suggestion ?? null;
  const problemId = `${path.replace(/\./g, '__')}-problem`;
  const showProblem = showError && Boolean(errorMessage);
  const problem = showProblem ? (
    <div className={styles.problem} id={problemId}>
      <p className={styles.message}>{errorMessage}</p>
      {suggestion ? (
        <div className={styles.suggestion}>
          {isHexColour(value) ? (
            <span className={styles.colour}>
              <Swatch colour={value} />
              <span>
                Now: <code>{value}</code>
              </span>
            </span>
          ) : null}
          <span className={styles.colour}>
            <Swatch colour={suggestion} />
            <span>
              Suggested: <code>{suggestion}</code>
            </span>
          </span>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={readOnly || disabled}
            onClick={() => setValue(suggestion)}
          >
            Use this shade
          </Button>
        </div>
      ) : null}
    </div>
  ) : null;

  return (
    <TextInput
      className="brand-colour-field"
      path={path}
      label={field.label}
      required={field.required}
      description={field.admin?.description}
      readOnly={readOnly || disabled}
      value={value ?? ''}
      onChange={(event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value)}
      showError={showError}
      // The message is shown in full under the input instead of Payload's tooltip.
      Error={null}
      AfterInput={problem}
      // TextInput passes these through to the <input>; its type names only autoComplete.
      htmlAttributes={
        { 'aria-describedby': showProblem ? problemId : undefined, 'aria-invalid': showError || undefined } as {
          autoComplete?: string;
        }
      }
    />
  );
};
