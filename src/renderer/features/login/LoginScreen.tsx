// The login screen: gateway URL, username and password, pre-filled from the host's defaults. The
// form is checked with LoginFormSchema before anything is sent; the host's refusal shows as an alert.
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { LoginFormSchema, type LoginForm } from '../../../shared/contract/ipc';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { IconAlert } from '../../ui/icons';
import { TextField } from '../../ui/TextField';
import { Wordmark } from '../../ui/Wordmark';
import { logIn } from '../session/session-actions';
import { selectAppInfo, selectLoginError, selectLoginPending } from '../session/session.store';
import { loginErrorText } from './login-errors';

type Field = keyof LoginForm;
const FIELDS: readonly Field[] = ['gatewayUrl', 'username', 'password'];

export function LoginScreen() {
  const { baton, stores } = useServices();
  const info = useStore(stores.session, selectAppInfo);
  const pending = useStore(stores.session, selectLoginPending);
  const loginError = useStore(stores.session, selectLoginError);
  const [values, setValues] = useState<LoginForm>(() => ({
    gatewayUrl: info?.defaults.gatewayUrl ?? '',
    username: info?.defaults.username ?? '',
    password: '',
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const gatewayRef = useRef<HTMLInputElement>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // First empty field gets focus, so a pre-filled demo login is one password (or one Enter) away.
    // Refs are stable, so this runs once: re-focusing later would fight the user.
    const inputs = [gatewayRef.current, usernameRef.current, passwordRef.current];
    (inputs.find((input) => input && !input.value) ?? passwordRef.current)?.focus();
  }, [gatewayRef, usernameRef, passwordRef]);

  useEffect(() => {
    if (loginError) passwordRef.current?.select();
  }, [loginError, passwordRef]);

  function onChange(field: Field) {
    return (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.target.value;
      setValues((v) => ({ ...v, [field]: value }));
      setErrors((e) => ({ ...e, [field]: undefined }));
    };
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = LoginFormSchema.safeParse(values);
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = FIELDS.find((f) => f === issue.path[0]);
        if (field && !next[field]) next[field] = issue.message;
      }
      setErrors(next);
      const first = FIELDS.find((f) => next[f]);
      const refs = { gatewayUrl: gatewayRef, username: usernameRef, password: passwordRef };
      if (first) refs[first].current?.focus();
      return;
    }
    setErrors({});
    void logIn(baton, stores, parsed.data);
  }

  return (
    <main className="login" id="workspace">
      <div className="login__card">
        <Wordmark large />
        <h1 className="login__title">Log in</h1>
        <p className="login__lede">Connect to your contact-center gateway.</p>
        <form className="login__form" onSubmit={onSubmit} noValidate aria-label="Log in">
          <TextField
            ref={gatewayRef}
            label="Gateway URL"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={values.gatewayUrl}
            onChange={onChange('gatewayUrl')}
            error={errors.gatewayUrl}
          />
          <TextField
            ref={usernameRef}
            label="Username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={values.username}
            onChange={onChange('username')}
            error={errors.username}
          />
          <TextField
            ref={passwordRef}
            label="Password"
            type="password"
            autoComplete="current-password"
            value={values.password}
            onChange={onChange('password')}
            error={errors.password}
          />
          {loginError ? (
            <div role="alert" className="login__error">
              <IconAlert />
              <span>{loginErrorText(loginError, values.gatewayUrl)}</span>
            </div>
          ) : null}
          <Button type="submit" variant="primary" className="login__submit" disabled={pending}>
            {pending ? 'Logging in…' : 'Log in'}
          </Button>
        </form>
        {info?.demo ? (
          <p className="login__demo">
            Demo gateway running. Users: {info.demo.users.join(', ')} · password <code>{info.demo.password}</code>
          </p>
        ) : null}
        {info ? (
          <p className="login__footer">
            Baton {info.version} · {info.mode === 'browser' ? 'browser mode' : 'desktop'}
          </p>
        ) : null}
      </div>
    </main>
  );
}
